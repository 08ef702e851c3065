import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CLIENT_COOKIE } from '../../src/index.js'
import { buildNodeEntry } from '../harness/build-entry.js'
import { round } from '../harness/figures.js'
import { median } from '../harness/interleave.js'
import { driveLoad, type LoadResult } from '../harness/load.js'
import type { BenchRow } from '../harness/row.js'
import { startServerProcess, type ServerProcess } from '../harness/server-process.js'
import { BENCH_TOKEN, callWorld } from '../harness/worlds.js'

const CLI = 'src/runtimes/cli.ts'
const OUT_DIR = 'dist/bench/server'
const CONNECTIONS = 50
const PATH = `/ocs/v2.php/apps/spreed/api/v4/call/${BENCH_TOKEN}`
const HEADERS = { 'OCS-APIRequest': 'true', Accept: 'application/json', Cookie: `${CLIENT_COOKIE}=bench` }
/** Headers of the connection rather than of the answer: node:http writes its own. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'date', 'content-length', 'transfer-encoding'])

// The bare server: the mock's answer, sent as it is (framed by Content-Length, as the mock
// frames it), to every request.
const BARE_SERVER = `
import { createServer } from 'node:http'
const { status, headers, body } = JSON.parse(process.env.BENCH_ANSWER)
const head = { ...headers, 'content-length': Buffer.byteLength(body) }
const server = createServer((request, response) => {
  request.resume()
  response.writeHead(status, head)
  response.end(body)
})
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port))
process.once('SIGTERM', () => process.exit(0))
`

// The least any server over msw's getResponse does: the same answer from one static handler.
const MSW_SERVER = `
import { createServer } from 'node:http'
import { getResponse, http } from 'msw'
const { status, headers, body } = JSON.parse(process.env.BENCH_ANSWER)
const handlers = [http.get('*${PATH}', () => new Response(body, { status, headers }))]
const server = createServer(async (incoming, outgoing) => {
  for await (const _ of incoming);
  const requestHeaders = Object.entries(incoming.headers).filter(([, value]) => typeof value === 'string')
  const request = new Request(new URL(incoming.url, 'http://127.0.0.1'), { method: incoming.method, headers: requestHeaders })
  const response = await getResponse(handlers, request)
  const answer = Buffer.from(await response.arrayBuffer())
  for (const [name, value] of response.headers) outgoing.setHeader(name, value)
  outgoing.setHeader('content-length', answer.length)
  outgoing.statusCode = response.status
  outgoing.end(answer)
})
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port))
process.once('SIGTERM', () => process.exit(0))
`

/**
 * The standalone server (`talk-call-mock serve`, built from src/runtimes/cli.ts) answering
 * `GET /call/{token}` with 10 peers to 50 concurrent keep-alive loopback clients, against a
 * bare `node:http` server sending the mock's own answer, and against a `node:http` server over
 * msw's `getResponse` with one static handler (what any server built on msw pays). Each server
 * runs in a child process, the clients (plain keep-alive sockets, see `driveLoad`) in this one;
 * the servers are warmed up, then take turns, round after round.
 * @example
 * const [figure] = await serverRow.run(context)
 */
export const serverRow: BenchRow = {
  id: 'server',
  title: 'Standalone server throughput against bare node:http',
  unavailable: (context) =>
    existsSync(join(context.root, CLI)) ? undefined : `no ${CLI} in this checkout (the standalone server)`,
  async run(context) {
    context.log(`building ${CLI} into ${OUT_DIR}`)
    const cli = await buildNodeEntry(context, { entry: CLI, outDir: OUT_DIR, fileName: 'cli.js' })
    const worldFile = join(context.root, OUT_DIR, 'world.json')
    await mkdir(join(context.root, OUT_DIR), { recursive: true })
    await writeFile(worldFile, JSON.stringify(callWorld({ peers: 10 })))
    // Short turns, many rounds: a slow spell of the machine then hits every server alike.
    const seconds = context.quick ? 0.5 : 2
    const rounds = context.quick ? 2 : 5
    const warmUpSeconds = context.quick ? 0.5 : 1
    const mock = await startServerProcess([cli, 'serve', '--port', '0', '--quiet', '--world', worldFile], {})
    const others: ServerProcess[] = []
    try {
      const answer = await fetch(`${mock.url}${PATH}`, { headers: HEADERS })
      const body = await answer.text()
      if (answer.status !== 200) throw new Error(`the mock server answered ${answer.status}: ${body}`)
      const headers = Object.fromEntries([...answer.headers].filter(([name]) => !HOP_HEADERS.has(name)))
      const env = { BENCH_ANSWER: JSON.stringify({ status: answer.status, headers, body }) }
      const start = (code: string) => startServerProcess(['--input-type=module', '-e', code], env, context.root)
      const bare = await start(BARE_SERVER)
      others.push(bare)
      const msw = await start(MSW_SERVER)
      others.push(msw)
      const servers = { bare, msw, mock }
      const names = Object.keys(servers) as Array<keyof typeof servers>
      const results: Array<Record<keyof typeof servers, LoadResult>> = []
      // Each server first runs until its JIT has settled, so no round times a cold one.
      context.log(`warming each server up for ${warmUpSeconds} s`)
      for (const name of names) {
        await driveLoad(`${servers[name].url}${PATH}`, HEADERS, { connections: CONNECTIONS, seconds: warmUpSeconds })
      }
      for (let turn = 0; turn < rounds; turn++) {
        context.log(`${CONNECTIONS} clients for ${seconds} s on each server (round ${turn + 1} of ${rounds})`)
        const result: Partial<Record<keyof typeof servers, LoadResult>> = {}
        for (let index = 0; index < names.length; index++) {
          const name = names[(turn + index) % names.length]!
          const url = `${servers[name].url}${PATH}`
          result[name] = await driveLoad(url, HEADERS, { connections: CONNECTIONS, seconds })
        }
        results.push(result as Record<keyof typeof servers, LoadResult>)
      }
      const failures = results.flatMap((result) => names.map((name) => result[name].failures))
      if (failures.some((count) => count > 0)) throw new Error(`requests failed under load: ${failures.join(', ')}`)
      const perSecond = (name: keyof typeof servers) =>
        round(median(results.map((result) => result[name].perSecond)), 0)
      const ratio = (baseline: keyof typeof servers) =>
        round(median(results.map((result) => result.mock.perSecond / result[baseline].perSecond)), 3)
      const what = `standalone server, \`GET /call/{token}\` with 10 peers, ${CONNECTIONS} concurrent loopback clients`
      const details = { seconds, rounds, warmUpSeconds, responseBytes: Buffer.byteLength(body) }
      return [
        {
          id: 'server-throughput',
          what,
          comparedWith: 'a bare `node:http` server sending the same static JSON',
          value: ratio('bare'),
          unit: 'ratio',
          goal: { min: 0.5 },
          details: { mockPerSecond: perSecond('mock'), baselinePerSecond: perSecond('bare'), ...details },
        },
        {
          id: 'server-throughput-msw',
          what: 'the same server',
          comparedWith: "a `node:http` server over msw's `getResponse` with one static handler",
          value: ratio('msw'),
          unit: 'ratio',
          details: { mockPerSecond: perSecond('mock'), baselinePerSecond: perSecond('msw'), ...details },
        },
      ]
    } finally {
      await Promise.all([mock, ...others].map((server) => server.stop()))
    }
  },
}
