import { setupServer } from 'msw/node'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onUnhandled } from '../../src/index.js'

// Both majors read their own option name out of `onUnhandled(...)`; run on msw 2 (`npm test`)
// and on msw 3 (`npm run test:msw3`).
describe('onUnhandled', () => {
  const server = setupServer()
  afterEach(() => {
    server.close()
    vi.restoreAllMocks()
  })

  it('makes a request no handler answers fail under the error strategy', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    server.listen(onUnhandled('error'))
    await expect(fetch('http://127.0.0.1:9/unhandled')).rejects.toThrow()
    expect(error.mock.calls.flat().join(' ')).toContain('/unhandled')
  })

  it('lets a request no handler answers pass without a warning under the bypass strategy', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    server.listen(onUnhandled('bypass'))
    // Port 9 (discard) refuses: the request reached the network instead of a mocked answer.
    await expect(fetch('http://127.0.0.1:9/passed')).rejects.toThrow()
    expect([...warn.mock.calls, ...error.mock.calls].flat().join(' ')).not.toContain('/passed')
  })
})
