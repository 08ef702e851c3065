import { describe, expect, it } from 'vitest'
import { TalkMockError, createTalkMock } from '../../src/index.js'
import { createClock, LAST_CLOCK_TIME } from '../../src/world/clock.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const PAST_DATES = LAST_CLOCK_TIME + 1

const { mock } = useTalkMock({ scenario: 'lobby-moderator' })

async function control(method: string, name: string, body: unknown) {
  const response = await fetch(`https://cloud.example.com/nextcloud/__talk-mock/${name}`, {
    method,
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as { error?: string } }
}

describe('the clock', () => {
  it('holds the last time a Date can hold', () => {
    expect(LAST_CLOCK_TIME).toBe(8_640_000_000_000_000)
    expect(new Date(LAST_CLOCK_TIME).getTime()).toBe(LAST_CLOCK_TIME)
    expect(Number.isNaN(new Date(PAST_DATES).getTime())).toBe(true)
  })

  it('refuses to start, be set or move past what a Date can hold, with a TalkMockError', () => {
    expect(() => createClock(PAST_DATES)).toThrow(TalkMockError)
    const clock = createClock(LAST_CLOCK_TIME - 10)
    expect(() => clock.set(PAST_DATES)).toThrow(/set the clock: 8640000000000001 is not a time/)
    expect(() => clock.advance(11)).toThrow(/advance the clock/)
    clock.advance(10)
    expect(clock.now()).toBe(LAST_CLOCK_TIME)
  })

  it('refuses a clock start past what a Date can hold when the mock is created', () => {
    expect(() => createTalkMock({ clockStart: PAST_DATES })).toThrow(
      /\[talk-mock\] Failed to create the mock: .*clockStart/,
    )
  })

  it('answers 400 to a control route setting the clock past what a Date can hold, and keeps the time', async () => {
    const before = mock.clock.now()
    const { status, body } = await control('POST', 'clock', { set: PAST_DATES })
    expect([status, body.error]).toEqual([400, expect.stringContaining('is not a time')])
    expect(mock.clock.now()).toBe(before)
  })

  it('answers 400 to a world whose clock no Date can hold, and keeps the world', async () => {
    const { status, body } = await control('PUT', 'world', { clock: PAST_DATES })
    expect([status, body.error]).toEqual([400, expect.stringContaining('clock')])
    expect(mock.scenario.name).toBe('lobby-moderator')
  })

  it('rejects loading such a world from code', async () => {
    await expect(mock.load({ clock: PAST_DATES })).rejects.toThrow(TalkMockError)
  })

  it('names the download file at the last time a Date can hold', async () => {
    mock.clock.set(LAST_CLOCK_TIME)
    await talkFetch('POST', '/room/webinar/participants/active')
    expect((await talkFetch('POST', '/call/webinar')).status).toBe(200)
    const download = await talkFetch('GET', '/call/webinar/download?format=csv')
    expect([download.status, download.response.headers.get('content-disposition')]).toEqual([
      200,
      expect.stringContaining('275760-09-13.csv'),
    ])
  })
})
