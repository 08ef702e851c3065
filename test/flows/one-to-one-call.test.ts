import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, groupWorld, roomOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('a one-to-one call between two users', () => {
  it('rings through: alice starts, bob joins, both listed, bob mutes, both leave and the call ends', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { type: CONVERSATION_TYPE.ONE_TO_ONE } })(world)
      await addMember(world, 'bob', PARTICIPANT_TYPE.OWNER)
    })
    const alice = { user: 'alice' }
    const bob = { user: 'bob' }

    await talkFetch('POST', `/room/${TOKEN}/participants/active`, alice)
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { ...alice, body: { flags: 7 } }), 200, null)
    const startedAt = roomOf(mock.world).activeSince
    expect(startedAt).toBe(mock.clock.seconds())

    mock.clock.advance(5_000)
    const bobRoom = await talkFetch('POST', `/room/${TOKEN}/participants/active`, bob)
    expect(bobRoom.data).toMatchObject({ hasCall: true, callFlag: 7, participantType: PARTICIPANT_TYPE.OWNER })
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { ...bob, body: { flags: 3 } }), 200, null)

    const peers = await talkFetch('GET', `/call/${TOKEN}`, bob)
    expect((peers.data as { actorId: string }[]).map((peer) => peer.actorId).sort()).toEqual(['alice', 'bob'])

    expectOcs(await talkFetch('PUT', `/call/${TOKEN}`, { ...bob, body: { flags: CALL_FLAG.IN_CALL } }), 200, null)
    expectOcs(await talkFetch('DELETE', `/call/${TOKEN}`, alice), 200, null)
    expect(roomOf(mock.world).activeSince).toBe(startedAt)
    expectOcs(await talkFetch('DELETE', `/call/${TOKEN}`, bob), 200, null)
    expect(roomOf(mock.world)).toMatchObject({ activeSince: null, callFlag: 0 })

    expectOcs(await talkFetch('DELETE', `/room/${TOKEN}/participants/active`, alice), 200, null)
    expectOcs(await talkFetch('DELETE', `/room/${TOKEN}/participants/active`, bob), 200, null)
    expect(mock.world.sessionsIn(TOKEN)).toEqual([])
    expect(mock.world.attendees.inGroup(TOKEN)).toHaveLength(2)
  })
})
