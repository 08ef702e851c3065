import { connect, type Socket } from 'node:net'

/**
 * What a load run achieved: answered requests per second, and the requests that failed or were
 * answered with another status than 200.
 * @example
 * const { perSecond, failures } = await driveLoad(url, headers, { connections: 50, seconds: 5 })
 */
export interface LoadResult {
  perSecond: number
  requests: number
  failures: number
}

const HEAD_END = Buffer.from('\r\n\r\n')
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i

/**
 * Sends `GET url` from `connections` keep-alive connections at once, each asking again as soon
 * as it has read the whole answer (framed by `Content-Length`, which every server measured here
 * sends), for `seconds`.
 *
 * The clients write one prepared request and read the answer off a plain socket, as wrk and
 * autocannon do: `node:http`'s client costs more CPU per request than a bare `node:http`
 * server, so with it the bare server's figure was the client's ceiling, not the server's.
 * @example
 * const result = await driveLoad('http://127.0.0.1:4010/ocs/…/call/abc123', headers, { connections: 50, seconds: 5 })
 */
export async function driveLoad(
  url: string,
  headers: Record<string, string>,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const target = new URL(url)
  const lines = Object.entries({ Host: target.host, ...headers, Connection: 'keep-alive' }).map(
    ([name, value]) => `${name}: ${value}\r\n`,
  )
  const request = Buffer.from(`GET ${target.pathname}${target.search} HTTP/1.1\r\n${lines.join('')}\r\n`, 'latin1')
  const counts = { requests: 0, failures: 0 }
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const client = () =>
    new Promise<void>((resolve) => {
      const socket = connect(Number(target.port), target.hostname)
      socket.setNoDelay(true)
      let done = false
      const finish = () => {
        done = true
        socket.destroy()
        resolve()
      }
      const ask = () => {
        if (performance.now() < deadline) socket.write(request)
        else finish()
      }
      socket.once('connect', ask)
      socket.on('data', readAnswers(socket, counts, ask, finish))
      // A connection the server drops (or fails) before the end is a failure, not a pause.
      socket.once('close', () => {
        if (!done) counts.failures++
        finish()
      })
      socket.on('error', () => undefined)
    })
  await Promise.all(Array.from({ length: options.connections }, client))
  const elapsed = (performance.now() - started) / 1000
  return { perSecond: counts.requests / elapsed, ...counts }
}

/**
 * A socket's data listener that cuts the stream into answers, counts each (200 or not) and
 * asks again after each; an answer without `Content-Length` counts as failed and ends the
 * connection, since its end could not be found.
 */
function readAnswers(
  socket: Socket,
  counts: { requests: number; failures: number },
  ask: () => void,
  finish: () => void,
): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0)
  let answerEnd = -1
  let status = 0
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
    for (;;) {
      if (answerEnd < 0) {
        const headEnd = pending.indexOf(HEAD_END)
        if (headEnd < 0) return
        const head = pending.toString('latin1', 0, headEnd)
        const length = CONTENT_LENGTH.exec(head)?.[1]
        if (length === undefined) {
          counts.failures++
          finish()
          return
        }
        status = Number(head.slice(9, 12))
        answerEnd = headEnd + HEAD_END.length + Number(length)
      }
      if (pending.length < answerEnd) return
      pending = pending.subarray(answerEnd)
      answerEnd = -1
      if (status === 200) counts.requests++
      else counts.failures++
      ask()
      if (socket.destroyed || pending.length === 0) return
    }
  }
}
