import { spawn } from 'node:child_process'

/**
 * A server running in a child process: its base URL, and how to stop it.
 * @example
 * const server = await startServerProcess(['cli.js', 'serve', '--port', '0'], {}); await server.stop()
 */
export interface ServerProcess {
  url: string
  /** The child's process id (to read its memory from /proc). */
  pid: number
  stop(): Promise<void>
}

/**
 * Starts `node <args>` and resolves once it prints `listening on <url>`; a process that exits
 * or stays silent for 20 s first rejects with what it wrote to stderr.
 * @example
 * const bare = await startServerProcess(['--input-type=module', '-e', code], { BENCH_ANSWER: json })
 */
export function startServerProcess(args: string[], env: Record<string, string>, cwd?: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`the server did not start within 20 s: ${stderr}`))
    }, 20_000)
    let stdout = ''
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1]
      if (url === undefined) return
      clearTimeout(timer)
      child.stdout.off('data', onData).resume() // what it prints later is not needed
      resolve({ url, pid: child.pid!, stop })
    }
    child.stdout.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${String(code)}) before listening: ${stderr}`))
    })
  })
}
