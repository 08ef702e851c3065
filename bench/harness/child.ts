import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Runs a child measurement (`--child <name>` of the built benchmark) in a fresh Node process
 * and returns the JSON it prints.
 * @example
 * const found = await runChild(context.script, 'heap', ['--expose-gc'])
 */
export async function runChild<T>(script: string, name: string, nodeOptions: string[] = []): Promise<T> {
  const { stdout } = await run(process.execPath, [...nodeOptions, script, '--child', name], {
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(stdout) as T
}

/**
 * Milliseconds a fresh Node process spends running `body` (the body of an ES module, which may
 * `await`), timed inside the process, so Node's own start-up, the same for every side, stays out.
 * Specifiers in `body` resolve from `cwd`, as an app's own imports would.
 * @example
 * const ms = await timeFreshProcess("await import('msw/node')", process.cwd())
 */
export async function timeFreshProcess(body: string, cwd: string): Promise<number> {
  const code = `const started = performance.now(); ${body}; process.stdout.write(String(performance.now() - started))`
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd })
  const ms = Number(stdout)
  if (!Number.isFinite(ms)) throw new Error(`The child printed no time: ${stdout}`)
  return ms
}
