import { median } from './interleave.js'
import type { MemorySample } from './memory-probe.js'
import { loadServer, type Load } from './rounds.js'

/**
 * What a long run did to a server's memory: samples after each twentieth of the requests (or
 * each second of load, if longer), and the growth from the first half of the run to the second
 * (medians of their samples: the resident set swings by a fifth between samples as the
 * allocator keeps or returns pages, the heap after a collection by a tenth).
 * @example
 * const { heapGrowth, rssGrowth, requests } = await runMemoryLoad(mock, sample, load, { requests: 100_000, perSecond: 7000 })
 */
export interface MemoryRun {
  requests: number
  failures: number
  samples: MemorySample[]
  heapGrowth: number
  rssGrowth: number
}

/**
 * Loads `server` with wrk in parts of about a twentieth of `requests` each, at least a second
 * (sized by the `perSecond` the rounds measured), going on until `requests` are answered, and
 * samples its memory after each part with `sample`.
 * @example
 * const run = await runMemoryLoad(mock, (pid) => probe.sample(pid), load, { requests: 100_000, perSecond: 7000 })
 */
export async function runMemoryLoad(
  server: { url: string; pid: number },
  sample: (pid: number) => Promise<MemorySample>,
  load: Load,
  options: { requests: number; perSecond: number },
): Promise<MemoryRun> {
  const seconds = Math.max(1, Math.round(options.requests / 20 / options.perSecond))
  const samples: MemorySample[] = []
  let requests = 0
  let failures = 0
  while (requests < options.requests || samples.length < 10) {
    const result = await loadServer(server.url, { ...load, seconds })
    requests += result.requests
    failures += result.failures
    // Once the server has closed wrk's connections, their sockets are garbage too.
    await new Promise((resolve) => setTimeout(resolve, 250))
    samples.push(await sample(server.pid))
  }
  const half = Math.floor(samples.length / 2)
  const growth = (key: keyof MemorySample) =>
    median(samples.slice(-half).map((found) => found[key])) / median(samples.slice(0, half).map((found) => found[key]))
  return { requests, failures, samples, heapGrowth: growth('heapUsed'), rssGrowth: growth('rss') }
}
