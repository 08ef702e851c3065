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
 * Milliseconds a fresh Node process spends in `import(specifier)`, and in the whole process.
 * The specifier resolves from `cwd`, as an app's own import would.
 * @example
 * const { importMs } = await timeImport('msw/node', process.cwd())
 */
export async function timeImport(specifier: string, cwd: string): Promise<{ importMs: number; processMs: number }> {
  const code =
    'const started = performance.now(); await import(process.argv[1]);' +
    'process.stdout.write(String(performance.now() - started))'
  const started = performance.now()
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code, specifier], { cwd })
  return { importMs: Number(stdout), processMs: performance.now() - started }
}
