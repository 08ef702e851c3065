import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

/** How long a closing connection still reads and drops what its client sends (2 s). @example LINGER_MS === 2000 */
export const LINGER_MS = 2000

/**
 * Makes the connection of a request whose body is being cut off close the way nginx's lingering
 * close does: once the answer is sent, the server stops writing but goes on reading (and
 * dropping) for up to `LINGER_MS`, so the client reads the answer instead of a connection reset
 * (closing a socket with unread bytes makes the kernel reset it).
 * @example
 * lingerOnClose(incoming)
 * sendPlain(outgoing, 413, 'Request Entity Too Large', { connection: 'close' })
 */
export function lingerOnClose(incoming: IncomingMessage): void {
  const socket: Socket = incoming.socket
  incoming.resume()
  // node:http closes a `Connection: close` answer's socket with `destroySoon` once it is sent.
  socket.destroySoon = () => {
    socket.end()
    socket.resume()
    setTimeout(() => socket.destroy(), LINGER_MS).unref()
  }
}
