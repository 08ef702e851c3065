import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * What one wrk run found: answered requests per second, the latency quantiles (ms) and the
 * requests that failed (socket errors, timeouts, answers other than 2xx/3xx).
 * @example
 * const { perSecond, p99Ms, failures } = await runWrk(url, { connections: 50, seconds: 3 })
 */
export interface WrkResult {
  perSecond: number
  requests: number
  failures: number
  p50Ms: number
  p99Ms: number
}

// wrk calls `done` once at the end; it prints the figures as one JSON line (µs and counts).
const DONE_SCRIPT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"failures":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
`
let scriptFile: string | undefined

/**
 * The path of Debian's `wrk` on this machine's PATH, if any.
 * @example
 * if (!findWrk()) return 'wrk is missing: apt-get install wrk'
 */
export function findWrk(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, 'wrk'))) return join(dir, 'wrk')
  }
  return undefined
}

/**
 * Runs wrk against `url` with `connections` keep-alive connections over `threads` threads for
 * `seconds`, behind `prefix` (a `taskset` that pins it apart from the server, see `planCpus`).
 * @example
 * const result = await runWrk(url, { connections: 50, seconds: 3, headers: { Accept: 'application/json' }, prefix: ['taskset', '-c', '1'] })
 */
export async function runWrk(
  url: string,
  options: {
    connections: number
    seconds: number
    threads?: number
    headers?: Record<string, string>
    prefix?: string[]
  },
): Promise<WrkResult> {
  scriptFile ??= await writeDoneScript()
  const headers = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
  const wrk = [
    'wrk',
    ...['-t', String(options.threads ?? 1), '-c', String(options.connections)],
    ...['-d', `${options.seconds}s`, '--timeout', '5s', '-s', scriptFile, ...headers, url],
  ]
  const [command, ...args] = [...(options.prefix ?? []), ...wrk]
  const { stdout } = await run(command!, args, { maxBuffer: 1024 * 1024 })
  const line = stdout.split('\n').find((text) => text.startsWith('{"requests"'))
  if (line === undefined) throw new Error(`wrk printed no figures: ${stdout}`)
  const found = JSON.parse(line) as {
    requests: number
    durationUs: number
    failures: number
    p50Us: number
    p99Us: number
  }
  return {
    perSecond: found.requests / (found.durationUs / 1e6),
    requests: found.requests,
    failures: found.failures,
    p50Ms: found.p50Us / 1000,
    p99Ms: found.p99Us / 1000,
  }
}

async function writeDoneScript(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'talk-call-mock-wrk-')), 'done.lua')
  await writeFile(file, DONE_SCRIPT)
  return file
}
