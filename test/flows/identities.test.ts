import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, LOBBY_STATE, PARTICIPANT_TYPE } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('two users acting on one world through Basic auth', () => {
  it('lets bob see alice in the call and end it for her as a moderator', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addMember(world, 'bob', PARTICIPANT_TYPE.MODERATOR)
    })
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user: 'alice' })
    await talkFetch('POST', `/call/${TOKEN}`, { user: 'alice', body: { flags: 3 } })
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user: 'bob' })

    const seen = await talkFetch('GET', `/call/${TOKEN}`, { user: 'bob' })
    expect((seen.data as { actorId: string }[]).map((peer) => peer.actorId)).toEqual(['alice'])

    expectOcs(await talkFetch('DELETE', `/call/${TOKEN}?all=1`, { user: 'bob' }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.DISCONNECTED)
    expect(roomOf(mock.world).activeSince).toBeNull()
  })

  it('keeps the sessions of the two users apart', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addMember(world, 'bob')
    })
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user: 'alice' })
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob', body: {} }), 404, null)
    expect(sessionsOf(mock.world, 'bob')).toEqual([])
  })
})

describe('two clients of one user through cookies', () => {
  it('gives each client a session of its own, both listed in the call', async () => {
    const mock = await talk.start(groupWorld())
    const laptop = await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'a' })
    const phone = await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'b' })
    await talkFetch('POST', `/call/${TOKEN}`, { client: 'a', body: { flags: 7 } })
    await talkFetch('POST', `/call/${TOKEN}`, { client: 'b', body: { flags: 3 } })

    const peers = await talkFetch('GET', `/call/${TOKEN}`, { client: 'a' })
    expect((peers.data as { sessionId: string }[]).map((peer) => peer.sessionId)).toEqual([
      (laptop.data as { sessionId: string }).sessionId,
      (phone.data as { sessionId: string }).sessionId,
    ])
    expect(sessionsOf(mock.world, 'alice').map((s) => s.inCall)).toEqual([7, 3])
  })

  it('takes only the leaving client out of the call', async () => {
    const mock = await talk.start(groupWorld())
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'a' })
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'b' })
    await talkFetch('POST', `/call/${TOKEN}`, { client: 'a', body: {} })
    await talkFetch('POST', `/call/${TOKEN}`, { client: 'b', body: {} })
    await talkFetch('DELETE', `/call/${TOKEN}`, { client: 'b' })
    expect(sessionsOf(mock.world, 'alice').map((s) => s.inCall)).toEqual([7, 0])
    expect(roomOf(mock.world).activeSince).not.toBeNull()
  })

  it('answers 404 to a client that did not join while another client of the user did', async () => {
    await talk.start(groupWorld())
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'a' })
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { client: 'b', body: {} }), 404, null)
  })

  it('answers 409 to a second join of the same client that is in a call, not to another client', async () => {
    await talk.start(groupWorld())
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'a' })
    await talkFetch('POST', `/call/${TOKEN}`, { client: 'a', body: {} })
    expect(
      (await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'b', body: { force: false } })).status,
    ).toBe(200)
    expect(
      (await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'a', body: { force: false } })).status,
    ).toBe(409)
  })
})

describe('two anonymous guests, each keeping the cookie it was handed', () => {
  const cookieOf = (response: Response) =>
    /talk_mock_client=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!

  it('stays two guests: after the first is promoted to moderator, the second is still held by the lobby', async () => {
    const mock = await talk.start(async (world) => {
      const room = { type: CONVERSATION_TYPE.PUBLIC, lobbyState: LOBBY_STATE.NON_MODERATORS }
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room })(world)
      world.viewer = null
    })
    const first = await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    const second = await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    const [one, two] = [cookieOf(first.response), cookieOf(second.response)]
    expect(one).not.toBe(two)
    const firstGuest = first.data as { attendeeId: number; actorId: string }
    expect((second.data as { actorId: string }).actorId).not.toBe(firstGuest.actorId)

    const promoted = await talkFetch('POST', `/room/${TOKEN}/moderators`, {
      user: 'alice',
      body: { attendeeId: firstGuest.attendeeId },
    })
    expect(promoted.status).toBe(200)
    expect((await talkFetch('POST', `/call/${TOKEN}`, { client: one, body: { flags: 3 } })).status).toBe(200)
    expect((await talkFetch('POST', `/call/${TOKEN}`, { client: two, body: { flags: 3 } })).status).toBe(412)
    expect(mock.world.attendees.inGroup(TOKEN).filter((attendee) => attendee.actorType === 'guests')).toHaveLength(2)
  })
})

describe('two tabs of one client, told apart by the tab header', () => {
  const tab = (id: string) => ({ client: 'laptop', headers: { 'x-nextcloud-talk-session-tab-id': id } })

  it('gives each tab a session of its own, and a reload of one tab takes over only its session', async () => {
    const mock = await talk.start(groupWorld())
    const first = await talkFetch('POST', `/room/${TOKEN}/participants/active`, tab('one'))
    const second = await talkFetch('POST', `/room/${TOKEN}/participants/active`, tab('two'))
    await talkFetch('POST', `/call/${TOKEN}`, { ...tab('one'), body: { flags: 3 } })
    expect(sessionsOf(mock.world, 'alice').map((s) => s.inCall)).toEqual([3, 0])
    const conflict = await talkFetch('POST', `/room/${TOKEN}/participants/active`, {
      ...tab('one'),
      body: { force: false },
    })
    expect(conflict.status).toBe(409)
    expect((conflict.data as { sessionId: string }).sessionId).toBe((first.data as { sessionId: string }).sessionId)
    const again = await talkFetch('POST', `/room/${TOKEN}/participants/active`, {
      ...tab('two'),
      body: { force: false },
    })
    expect(again.status).toBe(200)
    expect(sessionsOf(mock.world, 'alice').map((s) => s.sessionId)).not.toContain(
      (second.data as { sessionId: string }).sessionId,
    )
  })
})
