import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinCallOf, joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addNamedUser, addPeerInCall, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const leaveRoom = (token = TOKEN) => talkFetch('DELETE', `/room/${token}/participants/active`)

describe('DELETE /room/{token}/participants/active', () => {
  it('answers 200 with data null and closes the session', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await leaveRoom(), 200, null)
    expect(sessionsOf(mock.world, 'alice')).toEqual([])
  })

  it('answers 200 for a conversation that does not exist', async () => {
    await talk.start(groupWorld())
    expectOcs(await leaveRoom('nosuchroom'), 200, null)
  })

  it('answers 200 to a client that never joined', async () => {
    await talk.start(groupWorld())
    expectOcs(await leaveRoom(), 200, null)
  })

  it('makes the call endpoints answer 404 again', async () => {
    await talk.start(groupWorld())
    await joinConversation(TOKEN)
    await leaveRoom()
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { body: {} }), 404, null)
  })

  it('leaves the call and ends it when nobody else is in it', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    await leaveRoom()
    expect(roomOf(mock.world)).toMatchObject({ activeSince: null, callFlag: 0 })
  })

  it('keeps the call running for a live peer', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
    })
    await joinCallOf(TOKEN)
    await leaveRoom()
    expect(roomOf(mock.world).activeSince).not.toBeNull()
  })

  it('removes a self-joined user whose last session it closes', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      await addNamedUser(world, 'bob')
      world.viewer = 'bob'
    })
    await joinConversation(TOKEN)
    expect(mock.world.findAttendee(TOKEN, 'users', 'bob')).toBeDefined()
    await leaveRoom()
    expect(mock.world.findAttendee(TOKEN, 'users', 'bob')).toBeUndefined()
    expectOcs(await talkFetch('GET', `/call/${TOKEN}`), 404, [])
  })

  it('keeps a self-joined user who still has a session on another client', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      await addNamedUser(world, 'bob')
      world.viewer = 'bob'
    })
    await joinConversation(TOKEN, { client: 'laptop' })
    await joinConversation(TOKEN, { client: 'phone' })
    await talkFetch('DELETE', `/room/${TOKEN}/participants/active`, { client: 'phone' })
    expect(sessionsOf(mock.world, 'bob')).toHaveLength(1)
  })

  it('keeps an invited attendee', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    await leaveRoom()
    expect(mock.world.findAttendee(TOKEN, 'users', 'alice')).toBeDefined()
  })
})
