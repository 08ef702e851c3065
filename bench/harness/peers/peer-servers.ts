import { readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Answer } from '../floor-servers.js'
import { startProcess, type ServerProcess } from '../server-process.js'

/**
 * A mock server people use instead of this one, set up to answer the benchmark's path with the
 * mock's recorded answer (or, for @mswjs/http-middleware, with the mock's own handlers).
 * @example
 * const server = await PEER_SERVERS[0]!.start({ dir, answer, port: 8089, prefix: [], root })
 */
export interface PeerServer {
  id: string
  label: string
  /** Seconds of wrk before the rounds; the JVM's JIT needs about 30 s. */
  warmUpSeconds: number
  start(setup: { dir: string; answer: Answer; port: number; prefix: string[]; root: string }): Promise<ServerProcess>
}

const HOST = '127.0.0.1'
const url = (port: number) => `http://${HOST}:${port}`
const bin = (dir: string, path: string) => join(dir, 'node_modules', path)

// With the mock's handlers: the `default` scenario on a still clock, as `serve` runs it.
const HTTP_MIDDLEWARE = `
import { createServer } from '@mswjs/http-middleware'
const { createTalkMock } = await import(process.env.BENCH_MOCK_ENTRY)
const mock = createTalkMock({ scenario: 'default', clock: 'still' })
await mock.ready
const server = createServer(...mock.handlers).listen(Number(process.env.BENCH_PORT), '${HOST}')
`

/**
 * The peers of `--peers`, in the order of the table.
 * @example
 * for (const peer of PEER_SERVERS) contenders.push({ id: peer.id, server: await peer.start(setup), warmUpSeconds: peer.warmUpSeconds })
 */
export const PEER_SERVERS: PeerServer[] = [
  {
    id: 'wiremock',
    label: 'WireMock 3.13 (Java 17), warmed up 30 s',
    warmUpSeconds: 30,
    async start({ dir, answer, port, prefix }) {
      const root = join(dir, 'wiremock-root')
      await mkdir(join(root, 'mappings'), { recursive: true })
      const mapping = {
        request: { method: 'GET', urlPath: answer.path },
        response: { status: answer.status, headers: answer.headers, body: answer.body },
      }
      await writeFile(join(root, 'mappings', 'groupcall.json'), JSON.stringify(mapping))
      const build = bin(dir, 'wiremock/build')
      const jar = join(
        build,
        readdirSync(build).find((name) => name.endsWith('.jar'))!,
      )
      const options = ['--port', String(port), '--bind-address', HOST, '--root-dir', root, '--no-request-journal']
      const command = [...prefix, 'java', '-jar', jar, ...options, '--disable-banner']
      return startProcess({ command, url: url(port), probe: '/__admin/health' })
    },
  },
  {
    id: 'prism',
    label: 'Prism 5.14 (static example)',
    warmUpSeconds: 5,
    async start({ dir, answer, port, prefix }) {
      const content = { [answer.headers['content-type'] ?? 'application/json']: { example: JSON.parse(answer.body) } }
      const spec = {
        openapi: '3.0.3',
        info: { title: 'Talk', version: '1' },
        paths: { [answer.path]: { get: { responses: { [answer.status]: { description: 'ok', content } } } } },
      }
      await writeFile(join(dir, 'openapi.json'), JSON.stringify(spec))
      const cli = bin(dir, '@stoplight/prism-cli/dist/index.js')
      const command = [
        ...prefix,
        process.execPath,
        cli,
        'mock',
        join(dir, 'openapi.json'),
        '-h',
        HOST,
        '-p',
        String(port),
      ]
      return startProcess({ command, url: url(port), probe: answer.path })
    },
  },
  {
    id: 'json-server',
    label: 'json-server 0.17',
    warmUpSeconds: 5,
    async start({ dir, answer, port, prefix }) {
      await writeFile(join(dir, 'db.json'), JSON.stringify({ groupcall: JSON.parse(answer.body) }))
      await writeFile(join(dir, 'routes.json'), JSON.stringify({ [answer.path]: '/groupcall' }))
      const cli = bin(dir, 'json-server/lib/cli/bin.js')
      const options = ['--routes', join(dir, 'routes.json'), '--host', HOST, '--port', String(port), '--quiet']
      const command = [...prefix, process.execPath, cli, join(dir, 'db.json'), ...options]
      return startProcess({ command, cwd: dir, url: url(port), probe: answer.path })
    },
  },
  {
    id: 'mockoon',
    label: 'Mockoon CLI 9.9',
    warmUpSeconds: 5,
    async start({ dir, answer, port, prefix }) {
      const id = (n: number) => `7a1c0000-0000-4000-8000-00000000000${n}`
      const headers = Object.entries(answer.headers).map(([key, value]) => ({ key, value }))
      const response = { uuid: id(3), statusCode: answer.status, body: answer.body, headers, default: true }
      const route = { uuid: id(2), type: 'http', method: 'get', endpoint: answer.path.slice(1), responses: [response] }
      const environment = {
        ...{ uuid: id(1), name: 'talk', port, hostname: HOST, endpointPrefix: '', routes: [route] },
        rootChildren: [{ type: 'route', uuid: id(2) }],
      }
      await writeFile(join(dir, 'mockoon.json'), JSON.stringify(environment))
      const cli = bin(dir, '@mockoon/cli/bin/run.js')
      const options = ['--data', join(dir, 'mockoon.json'), '--repair', '--disable-log-to-file', '--disable-admin-api']
      const command = [...prefix, process.execPath, cli, 'start', ...options]
      return startProcess({ command, url: url(port), probe: answer.path })
    },
  },
  {
    id: 'http-middleware',
    label: "@mswjs/http-middleware 0.10 with the mock's handlers",
    warmUpSeconds: 5,
    async start({ dir, answer, port, prefix, root }) {
      const env = { BENCH_PORT: String(port), BENCH_MOCK_ENTRY: pathToFileURL(join(root, 'dist/lib/index.js')).href }
      const command = [...prefix, process.execPath, '--input-type=module', '-e', HTTP_MIDDLEWARE]
      return startProcess({ command, env, cwd: dir, url: url(port), probe: answer.path })
    },
  },
]
