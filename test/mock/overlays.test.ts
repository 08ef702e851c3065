import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTalkMock, SLOW_LATENCY_MS } from '../../src/index.js'
import { BASE } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterEach(() => vi.useRealTimers())
afterAll(() => server.close())

const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }

/** What 40 requests in a row get: the status, or "error" for a network error. */
async function outcomes(seed: number): Promise<Array<number | 'error'>> {
  const mock = createTalkMock({ overlays: ['flaky'], seed })
  server.resetHandlers(...mock.handlers)
  const seen: Array<number | 'error'> = []
  for (let i = 0; i < 40; i++) {
    seen.push(
      await fetch(`${BASE}/call/groupcall`, { headers }).then(
        (r) => r.status,
        () => 'error' as const,
      ),
    )
  }
  return seen
}

describe('flaky', () => {
  it('fails some requests with 503 and some with a network error, the same ones for one seed', async () => {
    const first = await outcomes(7)
    expect(first).toContain(200)
    expect(first).toContain(503)
    expect(first).toContain('error')
    expect(await outcomes(7)).toEqual(first)
    expect(await outcomes(8)).not.toEqual(first)
  })
})

describe('offline', () => {
  it('fails every Talk request with a network error but keeps the control routes answering', async () => {
    const mock = createTalkMock({ overlays: ['offline'] })
    server.resetHandlers(...mock.handlers)
    await expect(fetch(`${BASE}/call/groupcall`, { headers })).rejects.toThrow(TypeError)
    expect((await fetch('http://localhost/__talk-mock/scenario')).status).toBe(200)
  })
})

describe('slow', () => {
  it('holds each request back until its latency has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const mock = createTalkMock({ overlays: ['slow'] })
    await mock.ready
    server.resetHandlers(...mock.handlers)
    let settled = false
    const pending = fetch(`${BASE}/call/groupcall`, { headers }).then((response) => {
      settled = true
      return response.status
    })
    await vi.advanceTimersByTimeAsync(SLOW_LATENCY_MS - 1)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await pending).toBe(200)
  })
})

describe('setOverlays', () => {
  it('lays an overlay over the running scenario without touching its world', async () => {
    const mock = createTalkMock()
    await mock.ready
    server.resetHandlers(...mock.handlers)
    mock.world.viewer = null
    mock.setOverlays(['offline'])
    await expect(fetch(`${BASE}/call/groupcall`, { headers })).rejects.toThrow(TypeError)
    mock.setOverlays([])
    expect((await fetch(`${BASE}/call/groupcall`, { headers })).status).toBe(404)
  })
})
