import type { CpuPlan } from './pinning.js'
import type { ServerProcess } from './server-process.js'
import { runWrk, type WrkResult } from './wrk.js'

/**
 * A server in the comparison: its name in the figures, the process, and how long wrk warms it
 * up before the rounds (a JVM needs longer than Node).
 * @example
 * const contender: Contender = { id: 'bare', server: bare, warmUpSeconds: 3 }
 */
export interface Contender {
  id: string
  server: ServerProcess
  warmUpSeconds: number
  /** What it is, for the table (peers only). */
  label?: string
  /** The size of its answer's body (peers only: json-server indents its JSON). */
  bytes?: number
}

/**
 * How the rounds load each server: wrk's connections, the seconds of each turn, the path and
 * headers asked for, and where wrk runs.
 * @example
 * const load: Load = { connections: 50, seconds: 3, path: '/ocs/…', headers: {}, plan: planCpus() }
 */
export interface Load {
  connections: number
  seconds: number
  path: string
  headers: Record<string, string>
  plan: CpuPlan
}

/**
 * Runs wrk against one server for `seconds` (whole seconds: wrk drops fractions).
 * @example
 * const result = await loadServer(mock.url, { ...load, seconds: 2 })
 */
export function loadServer(url: string, load: Load): Promise<WrkResult> {
  return runWrk(`${url}${load.path}`, {
    connections: load.connections,
    seconds: Math.max(1, Math.round(load.seconds)),
    threads: load.plan.loadThreads,
    headers: load.headers,
    prefix: load.plan.load,
  })
}

/**
 * Runs `use` while every server but `server` is paused (`SIGSTOP`), so the one under load has
 * its core to itself: an idle JVM still compiles and collects, an idle Node server still has
 * timers.
 * @example
 * const result = await alone(contenders, mock, () => loadServer(mock.url, load))
 */
export async function alone<T>(contenders: Contender[], server: ServerProcess, use: () => Promise<T>): Promise<T> {
  const others = contenders.filter((contender) => contender.server !== server)
  for (const other of others) other.server.pause(true)
  try {
    return await use()
  } finally {
    for (const other of others) other.server.pause(false)
  }
}

/** The load each server gets, unmeasured, right before each of its turns. */
const REWARM_SECONDS = 1

/**
 * Warms every contender up, then loads them in turns (each turn after a second of warm-up again), `rounds` times, the order rotating each
 * round, so a slow spell of the shared machine hits every server alike; each runs alone (see
 * `alone`). Returns each one's results, round by round.
 * @example
 * const results = await runRounds(contenders, load, 5, context.log) // results.get('mock')![0].perSecond
 */
export async function runRounds(
  contenders: Contender[],
  load: Load,
  rounds: number,
  log: (message: string) => void,
): Promise<Map<string, WrkResult[]>> {
  for (const contender of contenders) {
    log(`warming ${contender.id} up for ${contender.warmUpSeconds} s`)
    await alone(contenders, contender.server, () =>
      loadServer(contender.server.url, { ...load, seconds: contender.warmUpSeconds }),
    )
  }
  const results = new Map(contenders.map((contender) => [contender.id, [] as WrkResult[]]))
  for (let turn = 0; turn < rounds; turn++) {
    log(`${load.connections} connections for ${load.seconds} s on each server (round ${turn + 1} of ${rounds})`)
    for (let index = 0; index < contenders.length; index++) {
      const contender = contenders[(turn + index) % contenders.length]!
      const turnOf = async () => {
        // A server idle while the others take their turns is not warm any more: V8's memory
        // reducer shrinks an idle Node heap (63 MB to 11 MB committed after 30 s, seen with
        // --trace-gc), and the first seconds of load regrow it with three times the full
        // collections, a p99 of 48 to 108 ms against 9 ms warm. One second of load first.
        await loadServer(contender.server.url, { ...load, seconds: REWARM_SECONDS })
        return loadServer(contender.server.url, load)
      }
      results.get(contender.id)!.push(await alone(contenders, contender.server, turnOf))
    }
  }
  return results
}
