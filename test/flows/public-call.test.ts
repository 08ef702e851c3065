import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addPeerInCall, groupWorld, roomOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('a call in a public conversation, as a guest makes it', () => {
  it('joins as a guest, joins the call, lists peers, mutes, leaves the call and the conversation', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({
        viewerType: PARTICIPANT_TYPE.OWNER,
        room: { type: CONVERSATION_TYPE.PUBLIC, password: 'pw' },
      })(world)
      await addPeerInCall(world, 'alice')
      world.viewer = null
    })
    const guest = { client: 'guest-browser' }

    expectOcs(await talkFetch('GET', `/call/${TOKEN}`, guest), 404, [])
    const joined = await talkFetch('POST', `/room/${TOKEN}/participants/active`, { ...guest, body: { password: 'pw' } })
    expect(joined.status).toBe(200)
    const me = joined.data as { actorType: string; actorId: string; sessionId: string }
    expect(me.actorType).toBe('guests')
    expect(me.actorId).toMatch(/^[0-9a-f]{40}$/)

    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { ...guest, body: { flags: 7 } }), 200, null)
    const peers = await talkFetch('GET', `/call/${TOKEN}`, guest)
    expect(peers.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorType: 'users', actorId: 'alice' }),
        expect.objectContaining({ actorType: 'guests', actorId: me.actorId, sessionId: me.sessionId, displayName: '' }),
      ]),
    )

    expectOcs(await talkFetch('PUT', `/call/${TOKEN}`, { ...guest, body: { flags: CALL_FLAG.IN_CALL } }), 200, null)
    expect(mock.world.sessions.get(me.sessionId)?.inCall).toBe(CALL_FLAG.IN_CALL)
    expectOcs(await talkFetch('DELETE', `/call/${TOKEN}`, guest), 200, null)
    expectOcs(await talkFetch('DELETE', `/room/${TOKEN}/participants/active`, guest), 200, null)

    expectOcs(await talkFetch('GET', `/call/${TOKEN}`, guest), 404, [])
    expect(mock.world.sessions.get(me.sessionId)).toBeUndefined()
    expect(roomOf(mock.world).activeSince).not.toBeNull()
  })

  it('keeps two guests apart by their client cookies', async () => {
    await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      world.viewer = null
    })
    const first = await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'a' })
    const second = await talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'b' })
    const [a, b] = [first.data, second.data] as { actorId: string }[]
    expect(a!.actorId).not.toBe(b!.actorId)
    await talkFetch('POST', `/call/${TOKEN}`, { client: 'a', body: {} })
    const peers = await talkFetch('GET', `/call/${TOKEN}`, { client: 'b' })
    expect((peers.data as { actorId: string }[]).map((peer) => peer.actorId)).toEqual([a!.actorId])
  })
})
