import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, PERMISSION, type World } from '../../src/index.js'
import { settle } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { CHAT, pollChat, readChat, say } from './chat-support.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'bob', displayName: 'Bob' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.GROUP })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('team', { actorId: 'bob' })
  await world.addMessage('team', { actorId: 'alice', message: 'first' })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })
const bob = { user: 'bob' }

describe('GET /chat/{token} long poll (lookIntoFuture=1)', () => {
  it('answers at once with what came after the last known message, oldest first', async () => {
    await say('team', 'second', bob)
    const { status, messages, lastGiven } = await pollChat('team', 0)
    expect(status).toBe(200)
    expect(messages.map((message) => message.message)).toEqual(['first', 'second'])
    expect(lastGiven).toBe(String(messages.at(-1)!.id))
  })

  it('waits, and wakes when another user sends a message, without the clock moving', async () => {
    let answered = false
    const waiting = pollChat('team', 1).then((result) => ((answered = true), result))
    await settle()
    expect(answered).toBe(false)
    const sent = await say('team', 'are you there?', bob)
    const { status, messages, lastGiven } = await waiting
    expect(status).toBe(200)
    expect(messages).toEqual([sent])
    expect(lastGiven).toBe(String(sent.id))
  })

  it('answers 304 without a body after 30 s of a still clock with nothing new', async () => {
    const waiting = pollChat('team', 1)
    await settle()
    await mock.clock.advance(29_000)
    await settle()
    let answered = false
    void waiting.then(() => (answered = true))
    await settle()
    expect(answered).toBe(false)
    await mock.clock.advance(1_000)
    const { status, text } = await waiting
    expect(status).toBe(304)
    expect(text).toBe('')
  })

  it('waits no longer than `timeout` seconds, and answers 200 [] when only the common read marker moved', async () => {
    const unchanged = readChat('team', {
      lookIntoFuture: 1,
      lastKnownMessageId: 1,
      setReadMarker: 0,
      timeout: 5,
      lastCommonReadId: 0,
    })
    await settle()
    await mock.clock.advance(5_000)
    expect((await unchanged).status).toBe(304)
    // Everyone read the first message meanwhile: a client that last heard of another marker is told.
    for (const attendee of mock.world.attendees.inGroup('team')) {
      await mock.world.attendees.update(attendee, (draft) => void (draft.lastReadMessage = 1))
    }
    const moved = readChat('team', {
      lookIntoFuture: 1,
      lastKnownMessageId: 1,
      setReadMarker: 0,
      timeout: 1,
      lastCommonReadId: 7,
    })
    await settle()
    await mock.clock.advance(1_000)
    const { status, messages, lastCommonRead } = await moved
    expect(status).toBe(200)
    expect(messages).toEqual([])
    expect(lastCommonRead).toBe('1')
  })

  it('moves the read marker with setReadMarker=1, which X-Chat-Last-Common-Read reports once everyone read', async () => {
    const before = await readChat('team', { lookIntoFuture: 0 })
    expect(before.lastCommonRead).toBe('0')
    await readChat('team', { lookIntoFuture: 1, lastKnownMessageId: 1, setReadMarker: 1, timeout: 0 })
    expect((await readChat('team', { lookIntoFuture: 0 })).lastCommonRead).toBe('0')
    await readChat('team', { lookIntoFuture: 1, lastKnownMessageId: 1, setReadMarker: 1, timeout: 0 }, bob)
    expect((await readChat('team', { lookIntoFuture: 0 })).lastCommonRead).toBe('1')
  })

  it('journals the chat poll under a kind of its own', async () => {
    await readChat('team', { lookIntoFuture: 1, lastKnownMessageId: 0 })
    await readChat('team', { lookIntoFuture: 0 })
    expect((await mock.journal.entries('chat')).map((entry) => entry.path)).toEqual([
      '/nextcloud/ocs/v2.php/apps/spreed/api/v1/chat/team?lookIntoFuture=1&lastKnownMessageId=0',
    ])
    expect((await mock.journal.entries('talk')).map((entry) => entry.path)).toEqual([
      '/nextcloud/ocs/v2.php/apps/spreed/api/v1/chat/team?lookIntoFuture=0',
    ])
  })
})

describe('POST /chat/{token}', () => {
  it('answers 201 with the message and X-Chat-Last-Common-Read, the author having read it', async () => {
    const result = await talkFetch('POST', `${CHAT}/team`, { body: { message: 'hello' } })
    expect(result.status).toBe(201)
    expect(result.data).toMatchObject({ id: 2, actorId: 'alice', actorDisplayName: 'Alice', message: 'hello' })
    expect(result.response.headers.get('x-chat-last-common-read')).toBe('0')
    expect(mock.world.findAttendee('team', 'users', 'alice')!.lastReadMessage).toBe(2)
  })

  it('refuses a blank message and a reply to nothing with 400, a message past 32000 characters with 413', async () => {
    const blank = await talkFetch('POST', `${CHAT}/team`, { body: { message: '  ' } })
    expect([blank.status, blank.data]).toEqual([400, { error: 'message' }])
    const orphan = await talkFetch('POST', `${CHAT}/team`, { body: { message: 'hi', replyTo: 99 } })
    expect([orphan.status, orphan.data]).toEqual([400, { error: 'reply-to' }])
    const long = await talkFetch('POST', `${CHAT}/team`, { body: { message: 'x'.repeat(32001) } })
    expect([long.status, long.data]).toEqual([413, { error: 'message' }])
    expect(mock.world.messages.count()).toBe(1)
  })

  it('answers 403 in a read-only conversation and without the chat permission, 412 in the lobby', async () => {
    const room = mock.world.conversations.get('team')!
    const bobAttendee = mock.world.findAttendee('team', 'users', 'bob')!
    await mock.world.attendees.update(
      bobAttendee,
      (draft) => void (draft.permissions = PERMISSION.CUSTOM | PERMISSION.START_CALL),
    )
    expect((await talkFetch('POST', `${CHAT}/team`, { ...bob, body: { message: 'hi' } })).status).toBe(403)
    await mock.world.conversations.update(room, (draft) => void (draft.lobbyState = 1))
    expect((await talkFetch('POST', `${CHAT}/team`, { ...bob, body: { message: 'hi' } })).status).toBe(412)
    await mock.world.conversations.update(mock.world.conversations.get('team')!, (draft) => void (draft.readOnly = 1))
    expect((await talkFetch('POST', `${CHAT}/team`, { body: { message: 'hi' } })).status).toBe(403)
    expect(mock.world.messages.count()).toBe(1)
  })
})
