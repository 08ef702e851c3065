import type { Server } from 'node:http'
import { TalkMockError } from '../../errors.js'

/**
 * Starts listening, and turns the usual failures (port in use, no permission, unknown
 * interface) into a one-line `TalkMockError`.
 * @example
 * await listen(server, 4010, '127.0.0.1')
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening)
      reject(describeListenError(error, port, host))
    }
    const onListening = (): void => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, host)
  })
}

function describeListenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  const where = `${host}:${port}`
  switch (error.code) {
    case 'EADDRINUSE':
      return new TalkMockError(
        'start the server',
        `${where} is already in use`,
        'Stop what runs there or pick another port (--port).',
      )
    case 'EACCES':
      return new TalkMockError(
        'start the server',
        `no permission to listen on ${where}`,
        'Pick a port above 1023 (--port).',
      )
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new TalkMockError(
        'start the server',
        `${host} is not an address of this machine`,
        'Use 127.0.0.1, localhost or 0.0.0.0 (--host).',
      )
    default:
      return new TalkMockError(
        'start the server',
        `${where} failed with ${error.code ?? error.message}`,
        'Check --host and --port.',
      )
  }
}
