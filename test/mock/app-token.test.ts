import { describe, expect, it } from 'vitest'
import { createTalkMock, defineScenario, scenarios, type WorldJson } from '../../src/index.js'
import { TalkMockError } from '../../src/errors.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { pollOwnMessage, SIGNALING } from '../support/signaling.js'
import { useTalkMock } from '../support/use-talk-mock.js'

/** A scenario with a second conversation and a breakout room of the story's, for the edges of a rename. */
const twoRooms = defineScenario({
  name: 'two-rooms',
  description: 'A story conversation, a breakout room of it and another conversation.',
  token: 'story1',
  world: {
    viewer: 'alice',
    users: [{ id: 'alice', displayName: 'Alice' }],
    conversations: [
      { token: 'story1', lobbyState: 1, attendees: [{ actorId: 'alice', participantType: 3 }] },
      { token: 'breakout1', objectType: 'room', objectId: 'story1', attendees: [{ actorId: 'alice' }] },
      { token: 'other1', attendees: [{ actorId: 'alice' }] },
    ],
  },
})

/** A story whose timeline names its conversation: a second user joins the call 15 s in. */
const namedTimeline = defineScenario({
  name: 'named-timeline',
  description: 'A conversation whose timeline names it by token.',
  token: 'story2',
  world: {
    viewer: 'alice',
    users: [
      { id: 'alice', displayName: 'Alice' },
      { id: 'bob', displayName: 'Bob' },
    ],
    conversations: [{ token: 'story2', attendees: [{ actorId: 'alice', participantType: 1 }, { actorId: 'bob' }] }],
    timeline: [{ at: 15_000, kind: 'join', actor: 'bob', token: 'story2', flags: 3 }],
  },
})

const sip = scenarios.find((scenario) => scenario.name === 'sip-dial-in')!
/** SIP dial-in configured but off: a moderator may try to switch it on. */
const sipOff = defineScenario({
  ...sip,
  name: 'sip-off',
  prebuilt: undefined,
  world: (faker) => {
    const world = (sip.world as (f: typeof faker) => WorldJson)(faker)
    return { ...world, conversations: world.conversations!.map((room) => ({ ...room, sipEnabled: 0 })) }
  },
})

const { mock } = useTalkMock({
  scenarios: [...scenarios, twoRooms, sipOff, namedTimeline],
  scenario: 'lobby-active',
  token: 'abc123',
})

/** The world as JSON with every conversation token `from` written as `to`, as a rename should give. */
function renamed(world: WorldJson, from: string, to: string): WorldJson {
  return JSON.parse(JSON.stringify(world).replaceAll(`"${from}"`, `"${to}"`)) as WorldJson
}

describe('a scenario under the app token', () => {
  it('answers the scenario under the app token and 404 under its own', async () => {
    await joinConversation('abc123')
    expect((await talkFetch('GET', '/call/abc123')).status).toBe(412)
    expect((await talkFetch('POST', '/call/abc123')).status).toBe(412)
    expect((await talkFetch('GET', '/room/webinar')).status).toBe(404)
    expect((await talkFetch('GET', '/call/abc123', { user: 'peer1' })).data).toHaveLength(2)
  })

  it('reports the app token as the story token', () => {
    expect(mock.scenario).toMatchObject({ name: 'lobby-active', token: 'abc123' })
  })

  it('builds the scenario world with only that token changed', async () => {
    const own = createTalkMock({ scenario: 'lobby-active' })
    await own.ready
    expect(mock.dump()).toEqual(renamed(own.dump(), 'webinar', 'abc123'))
  })

  it('gives the room object, the signaling settings and the room list the app token', async () => {
    const room = await talkFetch('GET', '/room/abc123')
    expect(room.status).toBe(200)
    expect(room.data).toMatchObject({ token: 'abc123', lobbyState: 1 })
    const rooms = await talkFetch('GET', '/room')
    expect((rooms.data as { token: string }[]).map((r) => r.token)).toEqual(['abc123'])
    const settings = await talkFetch('GET', `${SIGNALING}/settings?token=abc123`)
    expect(settings.status).toBe(200)
    const { sessionId } = await joinConversation('abc123')
    const polled = await pollOwnMessage('abc123', sessionId)
    expect(polled.status).toBe(200)
    expect(polled.users).toContainEqual(
      expect.objectContaining({ sessionId, roomId: mock.world.conversations.get('abc123')!.id }),
    )
  })

  it('keeps the app token across a scenario switch, and gives the scenario its own back with null', async () => {
    await mock.useScenario('recording-running')
    expect(mock.scenario).toMatchObject({ name: 'recording-running', token: 'abc123' })
    expect((await talkFetch('GET', '/room/abc123', { user: 'alice' })).data).toMatchObject({ callRecording: 1 })
    await mock.useScenario('default', { token: null })
    expect(mock.scenario.token).toBe('groupcall')
    expect((await talkFetch('GET', '/room/groupcall')).status).toBe(200)
  })

  it('goes back to the token of its creation on reset', async () => {
    await mock.useScenario('default', { token: 'other42' })
    await mock.reset()
    expect(mock.scenario).toMatchObject({ name: 'lobby-active', token: 'abc123' })
  })

  it('keeps a missing story missing under the app token', async () => {
    await mock.useScenario('not-found')
    expect(mock.scenario.token).toBe('abc123')
    expect((await talkFetch('GET', '/room/abc123')).status).toBe(404)
    expect((await talkFetch('GET', '/room/elsewhere', { user: 'peer1' })).status).toBe(200)
  })

  it('renames the parent token of the story breakout rooms and leaves other conversations alone', async () => {
    await mock.useScenario('two-rooms', { token: 'mine99' })
    const tokens = mock.world.conversations.all().map(({ token, objectId }) => ({ token, objectId }))
    expect(tokens).toEqual([
      { token: 'mine99', objectId: '' },
      { token: 'breakout1', objectId: 'mine99' },
      { token: 'other1', objectId: '' },
    ])
    expect(mock.world.attendees.inGroup('mine99')).toHaveLength(1)
    expect(mock.world.attendees.inGroup('story1')).toHaveLength(0)
    expect((await talkFetch('GET', '/room/mine99')).data).toMatchObject({ token: 'mine99', lobbyState: 1 })
  })

  it('runs the timeline events that name the story conversation under the app token', async () => {
    await mock.useScenario('named-timeline', { token: 'abc123' })
    await mock.clock.advance(15_000)
    const peers = (await talkFetch('GET', '/call/abc123')).data as Array<{ actorId: string }>
    expect(peers.map((peer) => peer.actorId)).toEqual(['bob'])
    expect((await mock.journal.entries('timeline')).every((entry) => entry.status === 200)).toBe(true)
  })

  it('keeps the app token of a restored story world, and its tokens as saved', async () => {
    const saved = mock.dump()
    await mock.useScenario('default', { token: null })
    await mock.useScenario('default', { token: 'abc123' })
    await mock.load(saved, { scenario: 'lobby-active' })
    expect(mock.scenario).toMatchObject({ name: 'lobby-active', token: 'abc123' })
    expect((await talkFetch('GET', '/room/abc123')).status).toBe(200)
  })

  it('reports the story token a loaded world holds when it was saved under the scenario own token', async () => {
    const own = createTalkMock({ scenario: 'lobby-active' })
    await own.ready
    await mock.load(own.dump(), { scenario: 'lobby-active' })
    expect(mock.scenario).toMatchObject({ name: 'lobby-active', token: 'webinar', appToken: 'abc123' })
    expect((await talkFetch('GET', `/room/${mock.scenario.token}`)).status).toBe(200)
  })
})

describe('a refused app token', () => {
  it('rejects a token another conversation of the scenario has, keeping the world', async () => {
    const switching = mock.useScenario('not-found', { token: 'elsewhere' })
    await expect(switching).rejects.toThrow(TalkMockError)
    await expect(switching).rejects.toThrow(
      '[talk-mock] Failed to use scenario "not-found": token "elsewhere" is another conversation\'s in this scenario. Pick another token (the scenario\'s story conversation is "deleted").',
    )
    expect(mock.scenario).toMatchObject({ name: 'lobby-active', token: 'abc123' })
    await mock.useScenario('default')
    expect(mock.scenario.token).toBe('abc123')
  })

  it('rejects the mock ready promise when the token at creation collides', async () => {
    const custom = createTalkMock({ scenarios: [twoRooms], scenario: 'two-rooms', token: 'other1' })
    await expect(custom.ready).rejects.toThrow('token "other1" is another conversation\'s in this scenario')
  })

  it.each(['ABC123', 'abc', 'a'.repeat(31), 'abc-123', ''])('throws at once for the token "%s"', (token) => {
    expect(() => createTalkMock({ scenario: 'default', token })).toThrow(
      `[talk-mock] Failed to create the mock: token "${token}" is not a Talk token (Talk's routes take 4 to 30 characters of a-z and 0-9). Pass a token such as "abc123".`,
    )
  })

  it('rejects a token that is no string on a switch', async () => {
    await expect(mock.useScenario('default', { token: 42 as unknown as string })).rejects.toThrow(
      'token 42 is not a Talk token',
    )
  })

  it('throws for a token with a world or with setup alone', () => {
    expect(() => createTalkMock({ world: {}, token: 'abc123' })).toThrow(
      'Failed to create the mock: token "abc123" names a scenario\'s story conversation, and a `world` is given',
    )
    expect(() => createTalkMock({ setup: () => undefined, token: 'abc123' })).toThrow('and only `setup` is given')
  })
})

describe('SIP dial-in under the app token', () => {
  it('rejects a token that is not digits while dial-in is on', async () => {
    await expect(mock.useScenario('sip-dial-in')).rejects.toThrow(
      '[talk-mock] Failed to use scenario "sip-dial-in": SIP dial-in is on in its conversation and token "abc123" is not digits only',
    )
  })

  it('serves dial-in under a numeric token', async () => {
    await mock.useScenario('sip-dial-in', { token: '12345678' })
    const room = await talkFetch('GET', '/room/12345678')
    expect(room.data).toMatchObject({ token: '12345678', sipEnabled: 1, attendeePin: expect.stringMatching(/^\d{7}$/) })
  })

  it('answers 400 token when a moderator enables dial-in under a non-numeric app token, as Talk does', async () => {
    await mock.useScenario('sip-off')
    const enabling = await talkFetch('PUT', '/room/abc123/webinar/sip', { body: { state: 1 } })
    expect(enabling.status).toBe(400)
    expect(enabling.data).toEqual({ error: 'token' })
  })
})
