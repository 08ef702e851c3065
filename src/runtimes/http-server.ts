import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { performance } from 'node:perf_hooks'
import type { PlainRequest } from '../door/plain-request.js'
import { TalkMockError } from '../errors.js'
import type { TalkMock } from '../mock/talk-mock-types.js'
import { corsHeaders, isPreflight, preflightHeaders } from './http/cors.js'
import { listen } from './http/listen.js'
import { lingerOnClose } from './http/linger-on-close.js'
import { bodyLimitOf, readBody } from './http/read-body.js'
import { sendAnswer, sendPlain } from './http/send-answer.js'
import { readTarget, toPlainRequest } from './http/to-plain-request.js'
import { checkTalkApp, serveTalkAppFile } from './http/talk-app-files.js'
import { TALK_PAGE_ROUTES } from '../talk-app/answer-talk-page-request.js'

export * from '../index.js'

/**
 * One line of the request log: what was asked, what was answered (`status` 0 when the mock
 * dropped the connection, as a network fault does) and how long it took.
 * @example
 * const entry: RequestLogEntry = { method: 'GET', path: '/ocs/v2.php/apps/spreed/api/v4/call/abc123', status: 200, ms: 2.1 }
 */
export interface RequestLogEntry {
  method: string
  /** Path and query string, as sent. */
  path: string
  status: number
  ms: number
  /** What a handler threw, when the answer is a 500. */
  error?: unknown
}

/**
 * Options of `createTalkServer`.
 * @example
 * createTalkServer({ mock, port: 0, host: '127.0.0.1', onRequest: (entry) => console.log(entry.path) })
 */
export interface TalkServerOptions {
  /** The mock whose plain door (`mock.answer`) answers every request. */
  mock: TalkMock<string>
  /** Port to listen on; `0` picks a free one. Default 4010. */
  port?: number
  /** Interface to listen on. Default `127.0.0.1` (this machine only). */
  host?: string
  /** Called once per request after it was answered. */
  onRequest?: (entry: RequestLogEntry) => void
  /**
   * A spreed checkout with Talk's frontend built (`js/talk-main.js`): its `js/`, `css/` and `img/`
   * are served under `/apps/spreed/`, beside the page Talk boots from. Without it, Talk's page
   * URLs answer one line saying so.
   */
  talkApp?: string
}

/**
 * A listening server. `url` is its base URL without a trailing slash.
 * @example
 * const { url, close } = await createTalkServer({ mock, port: 0 })
 */
export interface TalkServer {
  readonly url: string
  readonly port: number
  /** Stops listening and drops open connections; resolves once the port is free. */
  close(): Promise<void>
}

/**
 * Serves a Talk mock over real HTTP (`node:http` and the mock's plain door, `mock.answer`: no
 * msw, no fetch objects on the way), for clients that
 * cannot load a service worker: mobile and desktop apps, Playwright, curl. Browsers on other
 * origins get CORS with credentials; bodies past 1 MiB (32 MiB for the control routes) get 413;
 * requests of one connection are handled in turn; paths the mock does not serve get
 * Nextcloud's 404.
 * @example
 * const mock = createTalkMock({ setup })
 * const server = await createTalkServer({ mock, port: 0 })
 * await fetch(`${server.url}/ocs/v2.php/apps/spreed/api/v4/call/abc123`, { headers: { 'OCS-APIRequest': 'true' } })
 * await server.close()
 */
export async function createTalkServer(options: TalkServerOptions): Promise<TalkServer> {
  const port = options.port ?? 4010
  const host = options.host ?? '127.0.0.1'
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TalkMockError(
      'start the server',
      `port ${String(port)} is not a port number`,
      'Pass a whole number from 0 to 65535 (0 picks a free port).',
    )
  }
  const talkApp = options.talkApp === undefined ? undefined : checkTalkApp(options.talkApp)
  let origin = ''
  // Node parses pipelined requests as they arrive and only orders the answers; a server behind
  // Apache or nginx handles the requests of one connection one after another, so does this one.
  const inLine = new WeakMap<Socket, Promise<void>>()
  const server = createServer((incoming, outgoing) => {
    const { socket } = incoming
    const turn = (inLine.get(socket) ?? Promise.resolve()).then(() =>
      answer(options, talkApp, origin, incoming, outgoing),
    )
    inLine.set(socket, turn)
  })
  await listen(server, port, host)
  const bound = (server.address() as AddressInfo).port
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`
  return {
    url: origin,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets and requests held by an endless delay would keep the port busy.
        server.closeAllConnections()
      }),
  }
}

async function answer(
  options: TalkServerOptions,
  talkApp: string | undefined,
  origin: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const started = performance.now()
  const entry: RequestLogEntry = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', status: 0, ms: 0 }
  try {
    entry.status = await serve(options.mock, talkApp, origin, incoming, outgoing)
  } catch (error) {
    entry.status = 500
    entry.error = error
    if (outgoing.headersSent) outgoing.destroy()
    else sendPlain(outgoing, 500, 'Internal Server Error', corsHeaders(incoming))
  }
  entry.ms = performance.now() - started
  try {
    options.onRequest?.(entry)
  } catch (error) {
    // A failing logger must not take the server down.
    console.error('[talk-mock] onRequest threw:', error)
  }
}

const NO_TALK_APP =
  "Talk's own UI is not served: start with `talk-call-mock serve --talk-app <spreed checkout>` (built with `npm ci && npm run dev`)."

/** Answers one request and returns the status sent (0 for a dropped connection). */
async function serve(
  mock: TalkMock<string>,
  talkApp: string | undefined,
  origin: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<number> {
  if (isPreflight(incoming)) {
    incoming.resume()
    outgoing.writeHead(204, preflightHeaders(incoming)).end()
    return 204
  }
  const cors = corsHeaders(incoming)
  const body = await readBody(incoming, bodyLimitOf(incoming.url ?? '/'))
  if (body === 'too-large') {
    sendPlain(outgoing, 413, 'Request Entity Too Large', cors)
    return 413
  }
  if (body === 'cut-off') {
    lingerOnClose(incoming)
    sendPlain(outgoing, 413, 'Request Entity Too Large', { ...cors, connection: 'close' })
    return 413
  }
  let request: PlainRequest
  try {
    request = toPlainRequest(incoming, outgoing, body, readTarget(incoming, origin))
  } catch {
    sendPlain(outgoing, 400, 'Bad Request', cors)
    return 400
  }
  if (talkApp !== undefined) {
    const status = await serveTalkAppFile(talkApp, request.url, incoming, outgoing, cors)
    if (status !== undefined) return status
  } else if (TALK_PAGE_ROUTES.test(request.url.pathname)) {
    sendPlain(outgoing, 404, NO_TALK_APP, cors)
    return 404
  }
  // The server is a whole Nextcloud to its clients: the door serves the Nextcloud routes too.
  const answer = await mock.answer(request)
  if (answer.status === 0) {
    // A network fault (the flaky and offline overlays): the client sees the connection drop.
    incoming.socket.destroy()
    return 0
  }
  sendAnswer(outgoing, answer, { method: request.method, extraHeaders: cors })
  return answer.status
}
