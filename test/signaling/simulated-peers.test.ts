import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE, type PeerEvent, type World } from '../../src/index.js'
import { message, poll, send } from '../support/signaling.js'
import { joinConversation } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'carol', displayName: 'Carol' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.GROUP })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.MODERATOR })
  const carol = await world.addAttendee('team', { actorId: 'carol' })
  await world.addSession(carol, { inCall: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO, sessionId: 'carol-session' })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })

/** Alice in the call (told of the room once, so her next poll waits for news), and what reaches the peers. */
async function aliceInCall() {
  const { sessionId } = await joinConversation('team')
  await mock.world.sessions.update(mock.world.sessions.get(sessionId)!, (draft) => void (draft.inCall = 7))
  await poll('team')
  const events: PeerEvent[] = []
  const stop = mock.simulatedPeers.listen((event) => events.push(event))
  return { alice: sessionId, events, stop }
}

describe("the simulated peers' side of signaling", () => {
  it('hands what a client sends a simulated peer to the listeners, with from added', async () => {
    const { alice, events, stop } = await aliceInCall()
    const offer = {
      to: 'carol-session',
      type: 'offer',
      roomType: 'video',
      sid: '1',
      payload: { type: 'offer', sdp: 'v=0' },
    }
    await send('team', [message(alice, offer)])
    stop()
    expect(events).toEqual([
      { kind: 'message', world: mock.world, to: 'carol-session', message: { ...offer, from: alice } },
    ])
  })

  it("delivers what a simulated peer sends to the client's poll, from the peer", async () => {
    const { alice, stop } = await aliceInCall()
    stop()
    const waiting = poll('team')
    const answer = { to: alice, type: 'answer', roomType: 'video', sid: '1', payload: { type: 'answer', sdp: 'v=0' } }
    mock.simulatedPeers.send(mock.world, 'carol-session', answer)
    expect((await waiting).messages).toEqual([{ ...answer, from: 'carol-session' }])
  })

  it("mutes a peer on a moderator's forceMute, which tells everyone in the call as Talk's client does", async () => {
    const { alice, events, stop } = await aliceInCall()
    expect(mock.simulatedPeers.media(mock.world, 'carol-session').audio).toBe(true)
    const forceMute = {
      to: 'carol-session',
      type: 'control',
      roomType: 'video',
      payload: { action: 'forceMute', peerId: 'carol-session' },
    }
    const waiting = poll('team')
    await send('team', [message(alice, forceMute)])
    stop()
    expect(mock.simulatedPeers.media(mock.world, 'carol-session').audio).toBe(false)
    expect((await waiting).messages).toEqual([
      { to: alice, roomType: 'video', type: 'mute', payload: { name: 'audio' }, from: 'carol-session' },
    ])
    expect(events.map((event) => event.kind)).toEqual(['media', 'message'])
  })
})
