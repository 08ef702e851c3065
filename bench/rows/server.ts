import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { CLIENT_COOKIE } from '../../src/index.js'
import { round } from '../harness/figures.js'
import { startFloorServer, type Answer } from '../harness/floor-servers.js'
import { median } from '../harness/interleave.js'
import { createMemoryProbe } from '../harness/memory-probe.js'
import { runMemoryLoad } from '../harness/memory-run.js'
import { startPeers } from '../harness/peers/start-peers.js'
import { planCpus } from '../harness/pinning.js'
import { alone, runRounds, type Contender, type Load } from '../harness/rounds.js'
import type { BenchRow, Figure } from '../harness/row.js'
import { startServerProcess, type ServerProcess } from '../harness/server-process.js'
import { findWrk, type WrkResult } from '../harness/wrk.js'
import { peerFigures, type Compare } from './server-peers.js'

const CLI = 'dist/lib/cli.js'
const OUT_DIR = 'dist/bench/server'
const CONNECTIONS = 50
const MEMORY_REQUESTS = 100_000
const NO_WRK = 'no wrk on PATH (Debian: apt-get install wrk, as .ci/run does)'
const PATH = '/ocs/v2.php/apps/spreed/api/v4/call/groupcall'
// One client (a fixed client cookie), as a browser that kept the cookie of its first answer.
const HEADERS = { 'OCS-APIRequest': 'true', Accept: 'application/json', Cookie: `${CLIENT_COOKIE}=bench` }
/** Headers of the connection rather than of the answer: node:http writes its own. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'date', 'content-length', 'transfer-encoding'])

/**
 * The standalone server as it ships (`talk-call-mock serve` from dist, scenario `default`,
 * still clock) answering `GET /call/groupcall` to wrk's 50 keep-alive connections, against a
 * bare `node:http` server sending the same bytes (the floor) and a `node:http` server over
 * msw's `getResponse` with one static handler; with `--peers`, against the mock servers people
 * use instead too. Server on one core, wrk on the other (`planCpus`), the servers not under
 * load paused; every server is warmed up, then they take turns, round after round; figures
 * are medians of the rounds, p99 the worst round. Then 100,000 more requests to the mock, its memory sampled along the way.
 * @example
 * const figures = await serverRow.run(context)
 */
export const serverRow: BenchRow = {
  id: 'server',
  title: 'Standalone server under wrk against bare node:http',
  unavailable: (context) => {
    if (!existsSync(join(context.root, CLI))) return `no ${CLI} (run \`npm run build\`)`
    // In CI a missing wrk fails the row (.ci/run installs it) rather than skipping it.
    if (!findWrk() && process.env.CI !== 'true') return `${NO_WRK}; the row is skipped`
    return undefined
  },
  async run(context) {
    if (!findWrk()) throw new Error(NO_WRK)
    const plan = planCpus()
    context.log(`pinning: ${plan.note}`)
    const dir = join(context.root, OUT_DIR)
    await mkdir(dir, { recursive: true })
    const probe = await createMemoryProbe(dir)
    const rounds = context.quick ? 2 : 5
    const load: Load = { connections: CONNECTIONS, seconds: context.quick ? 1 : 3, path: PATH, headers: HEADERS, plan }
    const warmUpSeconds = context.quick ? 1 : 3
    const started: ServerProcess[] = []
    try {
      const cli = [...probe.nodeOptions, join(context.root, CLI), 'serve', '--port', '0', '--quiet', '--clock', 'still']
      const mock = await startServerProcess(cli, probe.env, context.root, plan.server)
      started.push(mock)
      const answer = await recordAnswer(mock.url)
      const bare = await startFloorServer('bare', answer, context.root, plan.server)
      started.push(bare)
      const msw = await startFloorServer('msw', answer, context.root, plan.server)
      started.push(msw)
      const contenders: Contender[] = [
        { id: 'mock', server: mock, warmUpSeconds },
        { id: 'bare', server: bare, warmUpSeconds },
        { id: 'msw', server: msw, warmUpSeconds },
      ]
      if (context.peers) contenders.push(...(await startPeers(context, answer, plan, HEADERS, started)))
      const results = await runRounds(contenders, load, rounds, context.log)
      const failures = ['mock', 'bare', 'msw'].map((id) => sum(results.get(id)!, 'failures'))
      if (failures.some((count) => count > 0)) throw new Error(`requests failed under load: ${failures.join(', ')}`)
      const mockPerSecond = median(results.get('mock')!.map((result) => result.perSecond))
      context.log(`${MEMORY_REQUESTS} requests to the mock, sampling its memory`)
      const memory = await alone(contenders, mock, () =>
        runMemoryLoad(mock, probe.sample, load, { requests: MEMORY_REQUESTS, perSecond: mockPerSecond }),
      )
      if (memory.failures > 0) throw new Error(`${memory.failures} requests failed in the memory run`)
      const details = {
        rounds,
        seconds: load.seconds,
        warmUpSeconds,
        connections: CONNECTIONS,
        pinning: plan.note,
        responseBytes: Buffer.byteLength(answer.body),
      }
      const compare = compareWith(results, details)
      const p99s = results.get('mock')!.map((result) => round(result.p99Ms, 1))
      const what = `standalone server (\`serve\`, \`default\`, still clock), \`GET /call/groupcall\`, wrk ${CONNECTIONS} connections`
      const figures: Figure[] = [
        compare('server-throughput', what, 'bare', 'a bare `node:http` server sending the same bytes', { min: 0.25 }),
        compare('server-throughput-msw', 'the same', 'msw', "`node:http` over msw's `getResponse`, one static handler"),
        {
          id: 'server-p99',
          what: 'the same, p99 latency of the worst round after the warm-up',
          comparedWith: `bare \`node:http\`: ${round(Math.max(...results.get('bare')!.map((result) => result.p99Ms)), 1)} ms`,
          value: Math.max(...p99s),
          unit: 'ms',
          goal: { max: 20 },
          details: { roundsP99Ms: p99s.join(', '), ...details },
        },
        ...memoryFigures(memory),
      ]
      if (context.peers) figures.push(...peerFigures(contenders, compare))
      return figures
    } finally {
      await Promise.all(started.map((server) => server.stop()))
    }
  },
}

/** The mock's answer to the benchmark's request, which the other servers replay. */
async function recordAnswer(url: string): Promise<Answer> {
  const answer = await fetch(`${url}${PATH}`, { headers: HEADERS })
  const body = await answer.text()
  if (answer.status !== 200) throw new Error(`the mock server answered ${answer.status}: ${body}`)
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !HOP_HEADERS.has(name)))
  return { status: answer.status, headers, body, path: PATH }
}

function compareWith(results: Map<string, WrkResult[]>, details: Figure['details']): Compare {
  const mock = results.get('mock')!
  return (id, what, baseline, comparedWith, goal) => {
    const other = results.get(baseline)!
    return {
      id,
      what,
      comparedWith,
      value: round(median(mock.map((result, index) => result.perSecond / other[index]!.perSecond)), 3),
      unit: 'ratio',
      ...(goal ? { goal } : {}),
      details: {
        mockPerSecond: round(median(mock.map((result) => result.perSecond)), 0),
        baselinePerSecond: round(median(other.map((result) => result.perSecond)), 0),
        baselineP99Ms: round(Math.max(...other.map((result) => result.p99Ms)), 1),
        baselineFailures: sum(other, 'failures'),
        ...details,
      },
    }
  }
}

function memoryFigures(memory: Awaited<ReturnType<typeof runMemoryLoad>>): Figure[] {
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 1)
  const details = {
    requests: memory.requests,
    samples: memory.samples.length,
    heapMb: memory.samples.map((found) => mb(found.heapUsed)).join(', '),
    rssMb: memory.samples.map((found) => mb(found.rss)).join(', '),
  }
  const what = `the same, over ${memory.requests.toLocaleString('en')} more requests (sampled after each part)`
  return [
    {
      id: 'server-memory-heap',
      what: `${what}: heap after a full GC, second half`,
      comparedWith: 'the first half of the run',
      value: round(memory.heapGrowth, 2),
      unit: 'ratio',
      goal: { max: 1.1 },
      details,
    },
    {
      id: 'server-memory-rss',
      what: `${what}: resident memory, second half`,
      comparedWith: 'the first half of the run',
      value: round(memory.rssGrowth, 2),
      unit: 'ratio',
      // The allocator keeps or returns pages as it likes: a fifth up or down is no leak.
      goal: { max: 1.25 },
      details,
    },
  ]
}

function sum(results: WrkResult[], key: 'failures' | 'requests'): number {
  return results.reduce((total, result) => total + result[key], 0)
}
