import type { IncomingMessage } from 'node:http'

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
  const path = target.split('?', 1)[0] ?? ''
  return path.includes('/__talk-mock/') ? CONTROL_MAX_BODY_BYTES : MAX_BODY_BYTES
}

/**
 * Reads a request body up to `limit` bytes. Returns `'too-large'` as soon as the declared
 * `Content-Length` or the bytes received pass the limit, and discards the rest, so a huge
 * upload costs no memory.
 * @example
 * const body = await readBody(incoming)
 * if (body === 'too-large') return sendPlain(outgoing, 413, 'Request Entity Too Large')
 */
export function readBody(incoming: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(incoming.headers['content-length'] ?? 0)
    if (declared > limit) {
      incoming.resume()
      resolve('too-large')
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      incoming.off('data', onData)
      incoming.resume()
      resolve('too-large')
    }
    incoming.on('data', onData)
    incoming.once('end', () => resolve(Buffer.concat(chunks)))
    incoming.once('error', reject)
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('the client went away before sending the whole body'))
    })
  })
}
