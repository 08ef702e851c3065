import { createServer } from 'node:net'
import { setupServer } from 'msw/node'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onUnhandled } from '../../src/index.js'

// Both majors read their own option name out of `onUnhandled(...)`; run on msw 2 (`npm test`)
// and on msw 3 (`npm run test:msw3`).
/** A loopback URL where nothing listens (a port just freed), so a request that gets through is refused. */
async function refusingUrl(path: string): Promise<string> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return `http://127.0.0.1:${port}${path}`
}

describe('onUnhandled', () => {
  const server = setupServer()
  afterEach(() => {
    server.close()
    vi.restoreAllMocks()
  })

  it('makes a request no handler answers fail under the error strategy', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const url = await refusingUrl('/unhandled')
    server.listen(onUnhandled('error'))
    await expect(fetch(url)).rejects.toThrow()
    expect(error.mock.calls.flat().join(' ')).toContain('/unhandled')
  })

  it('lets a request no handler answers pass without a warning under the bypass strategy', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const url = await refusingUrl('/passed')
    server.listen(onUnhandled('bypass'))
    // Refused: the request went through to the network.
    await expect(fetch(url)).rejects.toThrow()
    expect([...warn.mock.calls, ...error.mock.calls].flat().join(' ')).not.toContain('/passed')
  })
})
