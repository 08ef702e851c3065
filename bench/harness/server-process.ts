import { spawn } from 'node:child_process'

/**
 * A server running in a child process: its base URL, and how to stop it.
 * @example
 * const server = await startServerProcess(['cli.js', 'serve', '--port', '0'], {}); await server.stop()
 */
export interface ServerProcess {
  url: string
  /** The child's process id (to read its memory from /proc, or signal it). */
  pid: number
  stop(): Promise<void>
  /** Stops (`SIGSTOP`) or continues (`SIGCONT`) the server's process group, so an idle server takes no CPU. */
  pause(paused: boolean): void
}

/**
 * Starts `node <args>` (behind `prefix`, e.g. a `taskset` pinning it) and resolves once it
 * prints `listening on <url>`; a process that exits or stays silent for 20 s first rejects
 * with what it wrote to stderr.
 * @example
 * const bare = await startServerProcess(['--input-type=module', '-e', code], { BENCH_ANSWER: json })
 */
export function startServerProcess(
  args: string[],
  env: Record<string, string>,
  cwd?: string,
  prefix: string[] = [],
): Promise<ServerProcess> {
  return startProcess({ command: [...prefix, process.execPath, ...args], env, cwd, readyWithin: 20_000 })
}

/**
 * Starts `command` and resolves once it is ready: when it prints `listening on <url>`, or, given
 * `url`, once `url + probe` answers at all (servers that print something else, such as Java's).
 * Rejects with its stderr if it exits first or is not ready within `readyWithin` ms.
 * @example
 * const wiremock = await startProcess({ command: ['java', '-jar', jar, '--port', '8089'], url: 'http://127.0.0.1:8089', probe: '/__admin/health' })
 */
export function startProcess(options: {
  command: string[]
  env?: Record<string, string>
  cwd?: string
  url?: string
  probe?: string
  readyWithin?: number
}): Promise<ServerProcess> {
  const [command, ...args] = options.command
  const child = spawn(command!, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    // A server found by asking its URL may log every request: that goes nowhere.
    stdio: ['ignore', options.url === undefined ? 'pipe' : 'ignore', 'pipe'],
    // Its own process group: pausing and stopping reach the workers a server forks too.
    detached: true,
  })
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The group is gone already.
    }
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // A group of its own gets no Ctrl+C from the terminal: the bench passes it on.
  const kill = () => signal('SIGKILL')
  live.add(kill)
  void exited.then(() => live.delete(kill))
  if (!process.listeners('SIGINT').includes(onInterrupt)) process.once('SIGINT', onInterrupt)
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const stop = async () => {
    signal('SIGCONT')
    signal('SIGTERM')
    const killer = setTimeout(() => signal('SIGKILL'), 5000)
    await exited
    clearTimeout(killer)
  }
  return new Promise((resolve, reject) => {
    let settled = false
    const ready = (url: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      child.stdout?.resume() // what it prints later is not needed
      resolve({ url, pid: child.pid!, stop, pause: (paused) => signal(paused ? 'SIGSTOP' : 'SIGCONT') })
    }
    const timer = setTimeout(() => {
      settled = true
      void stop()
      reject(new Error(`${command} did not get ready within ${options.readyWithin ?? 60_000} ms: ${stderr}`))
    }, options.readyWithin ?? 60_000)
    let stdout = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      if (settled) return
      stdout += chunk.toString()
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1]
      if (url !== undefined) ready(url)
    })
    child.once('exit', (code) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      reject(new Error(`${command} exited (${String(code)}) before it was ready: ${stderr}`))
    })
    if (options.url !== undefined) void poll(options.url, options.probe ?? '/', () => settled).then(ready)
  })
}

const live = new Set<() => void>()

function onInterrupt(): void {
  for (const kill of live) kill()
  process.exit(130)
}

/** Asks `url + probe` every 200 ms until anything answers; resolves with `url`. */
async function poll(url: string, probe: string, given: () => boolean): Promise<string> {
  while (!given()) {
    try {
      await fetch(`${url}${probe}`, { signal: AbortSignal.timeout(2000) }).then((answer) => answer.arrayBuffer())
      return url
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  return url
}
