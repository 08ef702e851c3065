import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, scenarios, TalkMockError } from '../../src/index.js'
import { probeScenario } from '../support/probe-scenario.js'
import { talkFetch } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

const nowSeconds = () => Math.floor(Date.now() / 1000)

describe('a mock on a running clock', () => {
  it('starts its world now, every time in it shifted by one offset', async () => {
    const still = createTalkMock({ scenario: 'lobby-timer' })
    const running = createTalkMock({ scenario: 'lobby-timer', clock: 'running' })
    await Promise.all([still.ready, running.ready])
    expect(running.clock.mode).toBe('running')
    expect(Math.abs(running.clock.seconds() - nowSeconds())).toBeLessThanOrEqual(1)
    const timerIn = (mock: typeof still) => mock.world.conversations.all()[0]!.lobbyTimer - mock.world.clock.seconds()
    expect(timerIn(running)).toBe(timerIn(still))
    expect(timerIn(running)).toBeGreaterThan(0)
  })

  it("answers server times that agree with real time, as Talk's client expects", async () => {
    const mock = createTalkMock({ scenario: 'default', clock: 'running' })
    await mock.ready
    server.resetHandlers(...mock.handlers)
    const { data } = await talkFetch('GET', '/room/groupcall')
    const { callStartTime, lastActivity } = data as { callStartTime: number; lastActivity: number }
    expect(Math.abs(callStartTime - nowSeconds())).toBeLessThanOrEqual(2)
    expect(lastActivity).toBe(callStartTime)
    const peers = (await talkFetch('GET', '/call/groupcall')).data as { lastPing: number }[]
    expect(peers.every((peer) => Math.abs(peer.lastPing - nowSeconds()) <= 2)).toBe(true)
  })

  it('shifts a loaded world so that its clock is now', async () => {
    const mock = createTalkMock({ clock: 'running', world: { clock: '2020-05-01T12:00:00Z' } })
    await mock.ready
    expect(Math.abs(mock.clock.seconds() - nowSeconds())).toBeLessThanOrEqual(1)
    await mock.load({
      clock: Date.UTC(2030, 0, 1),
      conversations: [{ token: 'abc123', lobbyTimer: Date.UTC(2030, 0, 1, 0, 5) / 1000 }],
    })
    expect(mock.world.conversations.get('abc123')!.lobbyTimer - mock.clock.seconds()).toBe(300)
  })

  it('moves by hand on top of real time', async () => {
    const mock = createTalkMock({ clock: 'running' })
    await mock.ready
    mock.clock.advance(3_600_000)
    expect(mock.clock.seconds() - nowSeconds()).toBeGreaterThanOrEqual(3599)
  })

  it('names a clock mode it does not know', () => {
    expect(() => createTalkMock({ clock: 'fast' as never })).toThrow(TalkMockError)
    expect(() => createTalkMock({ clock: 'fast' as never })).toThrow(/clock "fast" is not a clock mode/)
  })

  it.each(scenarios.map((scenario) => scenario.name))('keeps the signature of %s', async (name) => {
    const still = await probeScenario(server, name, 'still')
    const running = await probeScenario(server, name, 'running')
    expect(running).toEqual(still)
  })
})
