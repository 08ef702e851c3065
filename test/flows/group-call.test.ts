import { describe, expect, it } from 'vitest'
import { CALL_FLAG, PARTICIPANT_TYPE } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, addPeerInCall, groupWorld, roomOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('a group call, as the web client makes it', () => {
  it('joins the conversation and the call, lists peers, mutes, leaves the call and the conversation', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER })(world)
      await addMember(world, 'bob')
      await addPeerInCall(world, 'bob', CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO)
    })
    const startedAt = roomOf(mock.world).activeSince

    const joined = await talkFetch('POST', `/room/${TOKEN}/participants/active`, { body: { force: false } })
    expect(joined.status).toBe(200)
    const room = joined.data as { sessionId: string; hasCall: boolean; canStartCall: boolean; callFlag: number }
    expect(room).toMatchObject({ hasCall: true, canStartCall: true, callFlag: 3 })

    mock.clock.advance(2_000)
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 7, silent: false } }), 200, null)

    const peers = await talkFetch('GET', `/call/${TOKEN}`)
    expect((peers.data as { actorId: string }[]).map((peer) => peer.actorId).sort()).toEqual(['alice', 'bob'])
    expect(peers.data).toContainEqual(
      expect.objectContaining({ sessionId: room.sessionId, lastPing: mock.clock.seconds() }),
    )

    expectOcs(await talkFetch('PUT', `/call/${TOKEN}`, { body: { flags: CALL_FLAG.IN_CALL } }), 200, null)
    expectOcs(await talkFetch('DELETE', `/call/${TOKEN}`, { body: { all: false } }), 200, null)
    expect(roomOf(mock.world)).toMatchObject({ activeSince: startedAt, callFlag: 7 })

    const afterLeave = await talkFetch('GET', `/call/${TOKEN}`)
    expect((afterLeave.data as { actorId: string }[]).map((peer) => peer.actorId)).toEqual(['bob'])

    expectOcs(await talkFetch('DELETE', `/room/${TOKEN}/participants/active`), 200, null)
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { body: {} }), 404, null)
    expect(mock.world.findAttendee(TOKEN, 'users', 'alice')).toBeDefined()
  })

  it('starts a call in an empty conversation and ends it when the starter leaves', async () => {
    const mock = await talk.start(groupWorld({ viewerType: PARTICIPANT_TYPE.MODERATOR }))
    await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    mock.clock.advance(1_000)
    await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })
    expect(roomOf(mock.world)).toMatchObject({ activeSince: mock.clock.seconds(), callFlag: 3 })
    const listed = await talkFetch('GET', `/call/${TOKEN}`)
    expect(listed.data).toHaveLength(1)
    await talkFetch('DELETE', `/call/${TOKEN}`)
    expect(roomOf(mock.world)).toMatchObject({ activeSince: null, callFlag: 0 })
    expectOcs(await talkFetch('GET', `/call/${TOKEN}`), 200, [])
  })
})
