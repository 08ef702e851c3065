import { describe, expect, it } from 'vitest'
import { createTalkMock, TalkMockError, type WorldJson } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const world: WorldJson = {
  clock: '2026-03-01T09:00:00Z',
  viewer: 'alice',
  settings: { recordingConsent: 2 },
  users: [{ id: 'alice', displayName: 'Alice' }, { id: 'bob' }],
  conversations: [
    {
      token: 'abc123',
      type: 2,
      recordingConsent: 1,
      attendees: [
        { actorId: 'alice', participantType: 1 },
        { actorId: 'bob', sessions: [{ inCall: 7 }, { inCall: 3 }] },
      ],
    },
  ],
}

describe('mock.load and mock.dump', () => {
  const { mock } = useTalkMock({ world })

  it('loads a world from JSON and starts the call its sessions are in', async () => {
    await mock.ready
    const room = mock.world.conversations.get('abc123')
    expect(room).toMatchObject({ activeSince: Date.UTC(2026, 2, 1, 9) / 1000, callFlag: 7 })
    expect((await talkFetch('GET', '/call/abc123')).data).toHaveLength(2)
    expect(mock.scenario).toMatchObject({ name: 'custom', token: 'abc123', viewer: 'alice' })
  })

  it('gives back a dump that loads into the same world', async () => {
    await talkFetch('POST', '/room/abc123/participants/active')
    await talkFetch('POST', '/call/abc123', { body: { flags: 1, recordingConsent: true } })
    mock.clock.advance(5_000)
    const dumped = mock.dump()
    await mock.load(JSON.parse(JSON.stringify(dumped)) as WorldJson)
    expect(mock.dump()).toEqual(dumped)
    expect((await talkFetch('GET', '/call/abc123')).data).toHaveLength(3)
  })

  it('rejects a bad world, naming the entry, and keeps the world it had', async () => {
    const before = mock.dump()
    const bad: WorldJson = {
      ...world,
      conversations: [...world.conversations!, { token: 'def456', attendees: [{ actorId: 'carol' }] }],
    }
    await expect(mock.load(bad)).rejects.toThrow(TalkMockError)
    await expect(mock.load(bad)).rejects.toThrow(/conversations\[1\]\.attendees\[0\]: no user "carol"/)
    expect(mock.dump()).toEqual(before)
  })

  it('keeps the story of the scenario a world was saved from when told its name', async () => {
    const saved = createTalkMock({ scenario: 'not-found' })
    await saved.ready
    await mock.load(saved.dump(), { scenario: 'not-found' })
    expect(mock.scenario).toMatchObject({
      name: 'not-found',
      token: 'deleted',
      description: saved.scenario.description,
    })
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    await expect(mock.load(saved.dump(), { scenario: 'nope' })).rejects.toThrow(
      /Failed to load the world: there is no scenario/,
    )
    await mock.load(world)
  })

  it('rejects unknown fields instead of ignoring a typo', async () => {
    await expect(mock.load({ users: [{ id: 'x', dispayName: 'X' } as never] })).rejects.toThrow(
      /users\[0\]: Unrecognized key/,
    )
  })

  it('rejects a viewer that is not a user of the world', async () => {
    await expect(mock.load({ viewer: 'ghost' })).rejects.toThrow(/viewer: no user "ghost"/)
  })
})

describe('createTalkMock({ world })', () => {
  it('comes back to the same world on reset', async () => {
    const mock = createTalkMock({ world })
    await mock.ready
    const first = mock.dump()
    mock.world.viewer = 'bob'
    await mock.reset()
    expect(mock.dump()).toEqual(first)
  })
})

describe('sessions in world JSON', () => {
  it('keeps a session with a client of its own alive by its requests, and one without alive as a peer', async () => {
    const mock = createTalkMock({
      world: {
        users: [{ id: 'alice' }, { id: 'bob' }],
        conversations: [
          {
            token: 'abc123',
            attendees: [
              { actorId: 'alice', sessions: [{ clientId: 'tab-1' }] },
              { actorId: 'bob', sessions: [{}] },
            ],
          },
        ],
      },
    })
    await mock.ready
    expect(mock.world.sessions.all().map((session) => session.liveness)).toEqual(['requests', 'peer'])
    expect(mock.world.conversations.get('abc123')!.lastActivity).toBe(mock.clock.seconds())
  })
})
