import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTalkMock, type TalkMock } from '../../src/index.js'
import { onUnhandled } from '../../src/msw/majors.js'
import { createPlayback } from '../../src/timeline/playback.js'
import { liveWorld, TOKEN } from './support.js'
import { poll } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())

async function serve(mock: TalkMock): Promise<TalkMock> {
  server.use(...mock.handlers)
  await mock.ready
  return mock
}

/** Calls a control route and parses its JSON. */
async function control(method: string, name: string, body?: unknown) {
  const response = await fetch(`https://cloud.example.com/__talk-mock/${name}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const twoJoins = () =>
  liveWorld([
    { at: 15_000, kind: 'join', actor: 'bob', flags: 3 },
    { at: 30_000, kind: 'join', actor: 'carol', flags: 7 },
  ])

const inCall = async () => ((await talkFetch('GET', `/call/${TOKEN}`)).data as unknown[]).length

describe('the clock and the timeline', () => {
  it('moves at once on advance, and requests sent right after wait for the events due', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    const start = mock.world.timeline.start
    void mock.clock.advance(20_000)
    // The clock stands at the first event while its requests are answered.
    expect(mock.clock.now()).toBe(start + 15_000)
    expect(await inCall()).toBe(2)
    expect(mock.clock.now()).toBe(start + 20_000)
  })

  it('moves a new world by its own clock while the world before it still runs its events', async () => {
    const busy = liveWorld(
      Array.from({ length: 12 }, (_, index) => ({
        at: 1_000 * (index + 1),
        kind: 'flags' as const,
        actor: 'mod',
        flags: 3,
      })),
    )
    const mock = await serve(createTalkMock({ world: busy }))
    const before = mock.clock.advance(60_000)
    await mock.load(twoJoins())
    const start = mock.world.timeline.start
    await mock.clock.advance(20_000)
    expect(mock.clock.now()).toBe(start + 20_000)
    expect(await inCall()).toBe(2)
    await before
  })

  it('starts a reset world with an empty journal while the world before it still runs its events', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    void mock.clock.advance(40_000)
    await mock.reset()
    await mock.clock.settled
    expect(await mock.journal.entries()).toEqual([])
    expect(mock.timeline.view().events.map((event) => event.outcome)).toEqual(['pending', 'pending'])
    expect(await inCall()).toBe(1)
    expect((await mock.journal.entries()).map((entry) => entry.kind)).toEqual(['talk'])
  })

  it('steps to the next event and runs it, until none is left', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    expect(await mock.clock.step()).toMatchObject({ actor: 'bob' })
    expect(mock.clock.now()).toBe(mock.world.timeline.start + 15_000)
    expect(await inCall()).toBe(2)
    expect(await mock.clock.step()).toMatchObject({ actor: 'carol' })
    expect(await mock.clock.step()).toBeUndefined()
    expect(await inCall()).toBe(3)
  })

  it('runs one event for each step asked for at once', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    const stepped = await Promise.all([mock.clock.step(), mock.clock.step()])
    expect(stepped).toMatchObject([{ actor: 'bob' }, { actor: 'carol' }])
    expect(mock.clock.now()).toBe(mock.world.timeline.start + 30_000)
    expect(await inCall()).toBe(3)
  })

  it('sets the clock back: what ran stays run, the rest runs again when its time comes', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    const start = mock.world.timeline.start
    void mock.clock.advance(40_000)
    await mock.clock.set(start + 20_000)
    expect(mock.clock.now()).toBe(start + 20_000)
    expect(mock.timeline.view().events.map((event) => event.outcome)).toEqual(['done', 'pending'])
    await mock.clock.advance(10_000)
    expect(await inCall()).toBe(3)
  })

  it('runs the events a raw move of the world clock made due before the next request', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    mock.world.clock.advance(40_000)
    expect(await inCall()).toBe(3)
  })

  it('shows what happened and what comes next, and adds events that run at their time', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    await mock.clock.advance(15_000)
    const view = mock.timeline.view()
    expect(view.events.map((event) => event.outcome)).toEqual(['done', 'pending'])
    expect(view).toMatchObject({ elapsed: 15_000, next: 1, mode: 'still', playing: false, speed: 1 })
    await mock.timeline.add([{ at: 20_000, kind: 'leave-call', actor: 'bob' }])
    expect(mock.timeline.view().events.map((event) => `${event.kind} ${event.outcome}`)).toEqual([
      'join done',
      'leave-call pending',
      'join pending',
    ])
    await mock.clock.advance(5_000)
    expect(await inCall()).toBe(1)
    await expect(mock.timeline.add([{ at: -1, kind: 'silent', actor: 'bob' } as never])).rejects.toThrow(
      /\[talk-mock\] Failed to add timeline events: \[0\]\.at/,
    )
  })

  it('keeps the timeline and what ran of it through dump and load', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    await mock.clock.advance(15_000)
    const dumped = JSON.parse(JSON.stringify(mock.dump())) as ReturnType<TalkMock['dump']>
    const again = await serve(createTalkMock({ world: dumped }))
    expect(again.timeline.view().events.map((event) => event.outcome)).toEqual(['done', 'pending'])
    expect(await inCall()).toBe(2)
    await again.clock.advance(15_000)
    expect(await inCall()).toBe(3)
  })

  it('moves the timeline with a running world, so its events stay as far from now', async () => {
    // Real time stands still at a known instant (only Date is faked: timers run as they do).
    vi.useFakeTimers({ toFake: ['Date'], now: 1_800_000_000_250 })
    const mock = await serve(createTalkMock({ world: twoJoins(), clock: 'running' }))
    const view = mock.timeline.view()
    // The world moved by whole seconds to now, the timeline with it.
    expect(view.start).toBe(1_800_000_000_000)
    expect(view.events[0]!.time - view.start).toBe(15_000)
    mock.clock.pause()
    expect(mock.clock.playing).toBe(false)
    await mock.clock.step()
    expect(await inCall()).toBe(2)
  })

  it('plays a still clock from where it stands and pauses it again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_800_000_000_000 })
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    const from = mock.clock.now()
    mock.clock.play()
    expect(mock.clock).toMatchObject({ mode: 'running', playing: true })
    vi.setSystemTime(Date.now() + 1_000)
    expect(mock.clock.now()).toBe(from + 1_000)
    mock.clock.pause()
    vi.setSystemTime(Date.now() + 60_000)
    expect(mock.clock.now()).toBe(from + 1_000)
    expect(() => (mock.clock.speed = 0)).toThrow(/\[talk-mock\] Failed to set the speed: 0 is not a speed/)
  })

  it('runs the events in real time on a running clock, waking a waiting poll', async () => {
    const world = liveWorld([{ at: 5_000, kind: 'join', actor: 'bob', flags: 3 }])
    const mock = await serve(createTalkMock({ world, clock: 'running', speed: 1000 }))
    await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    await poll(TOKEN)
    // Nobody moves the clock: the event's timer does, 5 ms of real time later.
    const { users } = await poll(TOKEN)
    expect(users.find((user) => user.actorId === 'bob')?.inCall).toBe(3)
    expect(mock.timeline.view().events.map((event) => event.outcome)).toEqual(['done'])
  })

  it('answers a waiting poll at its deadline on a clock playing faster than real time', async () => {
    const mock = await serve(createTalkMock({ world: liveWorld([]), clock: 'running', speed: 1000 }))
    await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    await poll(TOKEN)
    const started = mock.clock.now()
    // Nothing changes: the poll answers once 30 s of the world's time have passed, not of real time.
    expect((await poll(TOKEN)).status).toBe(200)
    expect(mock.clock.now() - started).toBeGreaterThanOrEqual(30_000)
  })

  it('journals the events in a timeline kind of their own', async () => {
    const mock = await serve(createTalkMock({ world: twoJoins() }))
    await talkFetch('GET', `/call/${TOKEN}`)
    await mock.clock.advance(15_000)
    expect((await mock.journal.entries()).map((entry) => entry.kind)).toEqual(['talk', 'timeline', 'timeline'])
  })
})

describe('a playback', () => {
  it('follows real time at its speed and stands while paused', () => {
    let real = 1_000
    const playback = createPlayback(() => real)
    real += 100
    expect(playback.source()).toBe(1_100)
    playback.setSpeed(4)
    real += 100
    expect(playback.source()).toBe(1_500)
    playback.pause()
    real += 100
    expect(playback.source()).toBe(1_500)
    playback.play()
    real += 10
    expect(playback.source()).toBe(1_540)
  })
})

describe('/__talk-mock/timeline and /__talk-mock/clock', () => {
  it('reads the timeline, adds events, steps, pauses, plays and sets the speed', async () => {
    await serve(createTalkMock({ world: twoJoins() }))
    const read = await control('GET', 'timeline')
    expect(read.status).toBe(200)
    expect((read.body.events as unknown[]).length).toBe(2)
    const added = await control('POST', 'timeline', { events: [{ at: 45_000, kind: 'end-call', by: 'mod' }] })
    expect((added.body.events as Array<{ kind: string }>).map((event) => event.kind)).toEqual([
      'join',
      'join',
      'end-call',
    ])
    expect((await control('POST', 'timeline', { events: [{ at: 1, kind: 'dance' }] })).status).toBe(400)
    expect((await control('POST', 'timeline', {})).status).toBe(400)
    const stepped = await control('POST', 'clock', { step: true })
    expect(stepped.body).toMatchObject({ mode: 'still', playing: false, speed: 1 })
    expect(await inCall()).toBe(2)
    expect((await control('POST', 'clock', { speed: 8, play: true })).body).toMatchObject({
      mode: 'running',
      playing: true,
      speed: 8,
    })
    expect((await control('POST', 'clock', { pause: true })).body).toMatchObject({ playing: false })
    expect((await control('POST', 'clock', { speed: -1 })).status).toBe(400)
    expect((await control('POST', 'clock', {})).status).toBe(400)
    await control('POST', 'clock', { advance: 60_000 })
    const done = await control('GET', 'timeline')
    expect((done.body.events as Array<{ outcome: string }>).map((event) => event.outcome)).toEqual([
      'done',
      'done',
      'done',
    ])
  })
})

describe('a reset', () => {
  it('plays the clock again at the speed of creation', async () => {
    await serve(createTalkMock({ world: twoJoins(), clock: 'running', speed: 2 }))
    await control('POST', 'clock', { speed: 8, pause: true })
    expect((await control('GET', 'clock')).body).toMatchObject({ playing: false, speed: 8 })
    await control('POST', 'reset')
    expect((await control('GET', 'clock')).body).toMatchObject({ mode: 'running', playing: true, speed: 2 })
  })
})

describe("the README's timeline example", () => {
  it('mutes bob 20 s in, drops him after he goes silent, brings him back and ends the call', async () => {
    const mock = await serve(
      createTalkMock({
        world: {
          viewer: 'alice',
          users: [{ id: 'alice' }, { id: 'olga' }, { id: 'bob' }],
          conversations: [
            {
              token: 'standup',
              attendees: [
                { actorId: 'olga', participantType: 1, sessions: [{ inCall: 7 }] },
                { actorId: 'alice' },
                { actorId: 'bob' },
              ],
            },
          ],
          timeline: [
            { at: 15_000, kind: 'join', actor: 'bob', flags: 7 },
            { at: 20_000, kind: 'flags', actor: 'bob', flags: 5 },
            { at: 30_000, kind: 'silent', actor: 'bob' },
            { at: 90_000, kind: 'return', actor: 'bob', flags: 3 },
            { at: 120_000, kind: 'end-call', by: 'olga' },
          ],
        },
      }),
    )
    const peers = async () =>
      ((await talkFetch('GET', '/call/standup')).data as Array<{ actorId: string }>).map((peer) => peer.actorId).sort()
    await mock.clock.advance(20_000)
    expect(mock.timeline.view().events.map((event) => event.outcome)).toEqual([
      'done',
      'done',
      'pending',
      'pending',
      'pending',
    ])
    expect(mock.world.sessionsIn('standup').find((session) => session.inCall === 5)).toBeDefined()
    await mock.clock.advance(41_000)
    expect(await peers()).toEqual(['olga'])
    await mock.clock.advance(29_000)
    expect(await peers()).toEqual(['bob', 'olga'])
    await mock.clock.advance(30_000)
    expect(await peers()).toEqual([])
  })
})
