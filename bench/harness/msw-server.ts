import { setupServer, type SetupServer } from 'msw/node'

/**
 * Runs `use` with an msw server listening in this process (no handlers yet; each side of a
 * comparison installs its own with `resetHandlers`), and closes it afterwards.
 * @example
 * await withServer(async (server) => { server.resetHandlers(...mock.handlers); await fetch(url) })
 */
export async function withServer<T>(use: (server: SetupServer) => Promise<T>): Promise<T> {
  const server = setupServer()
  server.listen({ onUnhandledRequest: 'error' })
  try {
    return await use(server)
  } finally {
    server.close()
  }
}
