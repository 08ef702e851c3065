import type { IncomingMessage } from 'node:http'
import { classifyRoute } from '../../routes/classify-route.js'

/** The largest request body the server reads for Talk's routes: 1 MiB. @example if (size > MAX_BODY_BYTES) reject() */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * The largest body the control routes (`/__talk-mock/`) take: 32 MiB. A world's dump is about
 * 600 bytes a session, so `GET world` -> `PUT world` holds for worlds of 50,000 sessions, while a
 * runaway upload still cannot hold the server's memory.
 * @example readBody(incoming, CONTROL_MAX_BODY_BYTES)
 */
export const CONTROL_MAX_BODY_BYTES = 32 * 1024 * 1024

/**
 * The body limit of a request target: the control routes' for paths with a `/__talk-mock/`
 * segment (under any webroot), Talk's otherwise.
 * @example bodyLimitOf('/nextcloud/__talk-mock/world') // CONTROL_MAX_BODY_BYTES
 */
export function bodyLimitOf(target: string): number {
  const path = target.split(/[?#]/, 1)[0] ?? ''
  return classifyRoute(path).kind === 'control' ? CONTROL_MAX_BODY_BYTES : MAX_BODY_BYTES
}

/**
 * How many bytes past its limit the server reads and drops of an oversized body (16 MiB) before
 * it answers 413 and closes the connection: enough to answer every ordinary oversized upload on
 * a connection that stays usable, too little for a huge upload to hold the server.
 * @example if (dropped > MAX_DROPPED_BYTES) cutOff()
 */
export const MAX_DROPPED_BYTES = 16 * 1024 * 1024

/**
 * What `readBody` got: the body, `'too-large'` when it passed the limit and the rest was read
 * and dropped (the connection can carry on), or `'cut-off'` when even the rest passed
 * `MAX_DROPPED_BYTES` (the connection must close).
 * @example const body: ReadBody = 'too-large'
 */
export type ReadBody = Buffer | 'too-large' | 'cut-off'

const NO_BODY = Buffer.alloc(0)

/**
 * Reads a request body up to `limit` bytes. A body past the limit (declared or received) is
 * read to its end and dropped, so its 413 reaches a client still sending it instead of a
 * connection reset; past `MAX_DROPPED_BYTES` more it is cut off. Nothing past the limit is kept.
 * @example
 * const body = await readBody(incoming)
 * if (body === 'too-large') return sendPlain(outgoing, 413, 'Request Entity Too Large')
 */
export function readBody(incoming: IncomingMessage, limit = MAX_BODY_BYTES): Promise<ReadBody> {
  // Neither a length nor chunks: HTTP/1.1 says there is no body (what most requests send).
  const { headers } = incoming
  if (headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) {
    return Promise.resolve(NO_BODY)
  }
  return new Promise((resolve, reject) => {
    const declared = Number(incoming.headers['content-length'] ?? 0)
    if (declared > limit + MAX_DROPPED_BYTES) {
      resolve('cut-off')
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (chunks.length > 0) chunks.length = 0
      if (size > limit + MAX_DROPPED_BYTES) {
        incoming.removeAllListeners('data')
        resolve('cut-off')
      }
    })
    incoming.once('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)))
    incoming.once('error', reject)
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('the client went away before sending the whole body'))
    })
  })
}
