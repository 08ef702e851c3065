import { describe, expect, it } from 'vitest'
import {
  CALL_FLAG,
  CONVERSATION_TYPE,
  LOBBY_STATE,
  PARTICIPANT_TYPE,
  READ_ONLY,
  SESSION_TIMEOUT,
  START_CALLS,
} from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinCallOf, joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, addPeerInCall, groupWorld, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const getPeers = (token = TOKEN) => talkFetch('GET', `/call/${token}`)

describe('GET /call/{token}', () => {
  it('answers 200 with one CallPeer per live in-call session', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob', CALL_FLAG.IN_CALL)
    })
    const bob = mock.world.sessions.all()[0]!
    expectOcs(await getPeers(), 200, [
      {
        actorType: 'users',
        actorId: 'bob',
        displayName: 'Bob',
        token: TOKEN,
        lastPing: mock.clock.seconds(),
        sessionId: bob.sessionId,
      },
    ])
    expect(bob.sessionId).toHaveLength(255)
  })

  it('lists a user with two sessions in the call twice', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
      await addPeerInCall(world, 'bob')
    })
    const { data } = await getPeers()
    expect((data as { actorId: string }[]).map((peer) => peer.actorId)).toEqual(['bob', 'bob'])
  })

  it('leaves out sessions that are not in the call', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      const carol = await addMember(world, 'carol')
      await world.addSession(carol, { inCall: CALL_FLAG.DISCONNECTED })
      await addPeerInCall(world, 'bob')
    })
    const { data } = await getPeers()
    expect((data as { actorId: string }[]).map((peer) => peer.actorId)).toEqual(['bob'])
  })

  it('lists the caller among the peers once it joined the call', async () => {
    await talk.start(groupWorld())
    const room = await joinCallOf(TOKEN)
    const { data } = await getPeers()
    expect(data).toEqual([expect.objectContaining({ actorId: 'alice', sessionId: room.sessionId })])
  })

  it('keeps a silent peer that pinged 30 s ago and drops it one second later', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob', undefined, undefined, 'silent')
    })
    mock.clock.advance(SESSION_TIMEOUT * 1000)
    expect(((await getPeers()).data as unknown[]).length).toBe(1)
    mock.clock.advance(1000)
    expectOcs(await getPeers(), 200, [])
  })

  it('keeps a simulated peer listed as the clock moves, with a fresh lastPing', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
    })
    mock.clock.advance(600_000)
    const { data } = await getPeers()
    expect(data).toEqual([expect.objectContaining({ actorId: 'bob', lastPing: mock.clock.seconds() })])
  })

  it('keeps the caller listed while it makes requests, as signaling would', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob', undefined, undefined, 'silent')
    })
    await joinCallOf(TOKEN)
    mock.clock.advance(31_000)
    const { data } = await getPeers()
    expect((data as { actorId: string }[]).map((peer) => peer.actorId)).toEqual(['alice'])
  })

  it('answers 200 to an attendee who did not join the conversation', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
    })
    const result = await getPeers()
    expect(result.status).toBe(200)
    expect(result.data).toHaveLength(1)
  })

  it('answers 404 to a guest without a session', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      await addPeerInCall(world, 'bob')
      world.viewer = null
    })
    expectOcs(await getPeers(), 404, [])
  })

  it('answers 200 to a guest who joined the public conversation', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      await addPeerInCall(world, 'bob')
      world.viewer = null
    })
    await joinConversation(TOKEN)
    const result = await getPeers()
    expect(result.status).toBe(200)
    expect(result.data).toHaveLength(1)
  })

  it('answers 404 with data [] to a user who is not an attendee', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await world.addUser({ id: 'mallory', displayName: 'Mallory' })
      world.viewer = 'mallory'
    })
    expectOcs(await getPeers(), 404, [])
  })

  it('answers 404 with data [] for a conversation that does not exist', async () => {
    await talk.start(groupWorld())
    expectOcs(await getPeers('nosuchroom'), 404, [])
  })

  it('answers 403 with data [] while calls are disabled on the server', async () => {
    await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER })(world)
      world.updateSettings({ startCalls: START_CALLS.NOBODY })
    })
    expectOcs(await getPeers(), 403, [])
  })

  it('answers 403 with data [] in a read-only conversation', async () => {
    await talk.start(groupWorld({ room: { readOnly: READ_ONLY.READ_ONLY } }))
    expectOcs(await getPeers(), 403, [])
  })

  it('answers 403 with data [] in the changelog conversation', async () => {
    await talk.start(groupWorld({ room: { type: CONVERSATION_TYPE.CHANGELOG } }))
    expectOcs(await getPeers(), 403, [])
  })

  it('answers 412 with data [] to a plain user while the lobby is active', async () => {
    await talk.start(groupWorld({ room: { lobbyState: LOBBY_STATE.NON_MODERATORS } }))
    expectOcs(await getPeers(), 412, [])
  })

  it('answers 200 to a moderator while the lobby is active', async () => {
    await talk.start(
      groupWorld({ viewerType: PARTICIPANT_TYPE.MODERATOR, room: { lobbyState: LOBBY_STATE.NON_MODERATORS } }),
    )
    expectOcs(await getPeers(), 200, [])
  })

  it('answers 403, not 412, when the conversation is read-only and has a lobby', async () => {
    await talk.start(groupWorld({ room: { lobbyState: LOBBY_STATE.NON_MODERATORS, readOnly: READ_ONLY.READ_ONLY } }))
    expectOcs(await getPeers(), 403, [])
  })

  it("shows a user attendee's own display name before the user's", async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await addMember(world, 'bob', PARTICIPANT_TYPE.USER, { displayName: 'Bobby (guest room)' })
      await addPeerInCall(world, 'bob')
    })
    const { data } = await getPeers()
    expect(data).toEqual([expect.objectContaining({ displayName: 'Bobby (guest room)' })])
  })

  it('shows an unnamed guest with an empty display name', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      const guest = await world.addAttendee(TOKEN, { actorType: 'guests' })
      await world.addSession(guest, { inCall: CALL_FLAG.IN_CALL })
    })
    const { data } = await getPeers()
    expect(data).toEqual([expect.objectContaining({ actorType: 'guests', displayName: '' })])
  })
})
