import { median } from './interleave.js'
import type { MemorySample } from './memory-probe.js'
import { loadServer, type Load } from './rounds.js'

/**
 * What a long run did to a server's memory: samples after each twentieth of the requests (or
 * each second of load, if longer), and the growth from the first fifth of the run to the last
 * (medians of their samples: one sample swings by a tenth with what the last part left).
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
    samples.push(await sample(server.pid))
  }
  const fifth = Math.max(2, Math.round(samples.length / 5))
  const growth = (key: keyof MemorySample) =>
    median(samples.slice(-fifth).map((found) => found[key])) /
    median(samples.slice(0, fifth).map((found) => found[key]))
  return {
    requests,
    failures,
    samples,
    heapGrowth: growth('heapUsed'),
    rssGrowth: growth('rss'),
  }
}
