import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, type World } from '../../src/index.js'
import { settle } from '../support/signaling.js'
import { joinCallOf, joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { history, pollChat } from './chat-support.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'bob', displayName: 'Bob' })
  await world.addUser({ id: 'carol', displayName: 'Carol' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.PUBLIC, name: 'Team' })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('team', { actorId: 'bob' })
  await world.addAttendee('team', { actorId: 'carol' })
  await world.addConversation({ token: 'pair', type: CONVERSATION_TYPE.ONE_TO_ONE, name: '["alice","bob"]' })
  await world.addAttendee('pair', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('pair', { actorId: 'bob', participantType: PARTICIPANT_TYPE.OWNER })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })
const bob = { user: 'bob' }
const carol = { user: 'carol' }
const alice = { type: 'user', id: 'alice', name: 'Alice', 'mention-id': 'alice' }
const bobParameter = { type: 'user', id: 'bob', name: 'Bob', 'mention-id': 'bob' }

/** The chat as `options` reads it, oldest first: what each message says, and its parameters. */
async function chatOf(token: string, options = {}) {
  const { messages } = await history(token, {}, options)
  return messages
    .reverse()
    .map(({ systemMessage, message, messageParameters }) => ({ systemMessage, message, messageParameters }))
}

describe('the system messages a call writes', () => {
  it('writes call_started, call_joined, call_left and call_ended, each read as the reader sees it', async () => {
    await joinCallOf('team', 7)
    await mock.clock.advance(5_000)
    await joinCallOf('team', 3, bob)
    await mock.clock.advance(60_000)
    // Alice's requests keep her session alive (she never polls signaling): she is still in the call.
    await history('team')
    await talkFetch('DELETE', '/call/team', bob)
    await talkFetch('DELETE', '/call/team')
    expect(await chatOf('team')).toEqual([
      { systemMessage: 'call_started', message: 'You started a call', messageParameters: { actor: alice } },
      { systemMessage: 'call_joined', message: '{actor} joined the call', messageParameters: { actor: bobParameter } },
      { systemMessage: 'call_left', message: '{actor} left the call', messageParameters: { actor: bobParameter } },
      { systemMessage: 'call_left', message: 'You left the call', messageParameters: { actor: alice } },
      {
        systemMessage: 'call_ended',
        message: 'Call with {user1} and {user2} ended (Duration 1:05)',
        messageParameters: { actor: alice, user1: alice, user2: bobParameter },
      },
    ])
    expect((await chatOf('team', bob)).map((entry) => entry.message)).toEqual([
      '{actor} started a call',
      'You joined the call',
      'You left the call',
      '{actor} left the call',
      'Call with {user1} and {user2} ended (Duration 1:05)',
    ])
    const [newest] = (await history('team', { limit: 1 })).messages
    expect(newest).toMatchObject({
      actorType: 'users',
      actorId: 'alice',
      messageType: 'system',
      isReplyable: false,
      markdown: false,
    })
  })

  it('says a silent call is silent, and marks its message silent', async () => {
    await joinConversation('team')
    expect((await talkFetch('POST', '/call/team', { body: { flags: 3, silent: true } })).status).toBe(200)
    const [started] = (await history('team')).messages
    expect(started).toMatchObject({ systemMessage: 'call_started', message: 'You started a silent call', silent: true })
    expect((await history('team', {}, bob)).messages[0]!.message).toBe('{actor} started a silent call')
  })

  it('ends a call for everyone with one call_ended_everyone naming the others, and no call_left', async () => {
    await joinCallOf('team', 7)
    await joinCallOf('team', 7, bob)
    await joinCallOf('team', 7, carol)
    await mock.clock.advance(3_725_000)
    expect((await talkFetch('DELETE', '/call/team', { body: { all: true } })).status).toBe(200)
    const chat = await chatOf('team', bob)
    expect(chat.map((entry) => entry.systemMessage)).toEqual([
      'call_started',
      'call_joined',
      'call_joined',
      'call_ended_everyone',
    ])
    expect(chat.at(-1)).toEqual({
      systemMessage: 'call_ended_everyone',
      message: '{actor} ended the call with {user1} and {user2} (Duration 1:02:05)',
      messageParameters: {
        actor: alice,
        user1: bobParameter,
        user2: { type: 'user', id: 'carol', name: 'Carol', 'mention-id': 'carol' },
      },
    })
  })

  it('lets the system end a call whose last one closed the conversation', async () => {
    await joinCallOf('team', 7, bob)
    await talkFetch('DELETE', '/room/team/participants/active', bob)
    const chat = await chatOf('team')
    expect(chat.at(-1)).toEqual({
      systemMessage: 'call_ended',
      message: 'Call with {user1} ended (Duration 0:00)',
      messageParameters: {
        actor: { type: 'guest', id: 'guest/system', name: 'System', 'mention-id': 'guest/system' },
        user1: bobParameter,
      },
    })
  })

  it('calls one-to-one: outgoing and incoming, then unanswered for the caller and missed for the other', async () => {
    await joinCallOf('pair', 7)
    await mock.clock.advance(20_000)
    await talkFetch('DELETE', '/call/pair')
    expect(await chatOf('pair')).toEqual([
      { systemMessage: 'call_started', message: 'Outgoing call', messageParameters: { actor: alice } },
      { systemMessage: 'call_left', message: 'You left the call', messageParameters: { actor: alice } },
      { systemMessage: 'call_tried', message: 'Unanswered call', messageParameters: { user: bobParameter } },
    ])
    expect((await chatOf('pair', bob)).map((entry) => [entry.systemMessage, entry.message])).toEqual([
      ['call_started', 'Incoming call'],
      ['call_left', '{actor} left the call'],
      ['call_missed', 'Missed call'],
    ])
  })

  it('ends an answered one-to-one call with its duration only', async () => {
    await joinCallOf('pair', 7)
    await joinCallOf('pair', 7, bob)
    await mock.clock.advance(90_000)
    await talkFetch('DELETE', '/call/pair', { body: { all: true } })
    expect((await chatOf('pair')).at(-1)).toEqual({
      systemMessage: 'call_ended_everyone',
      message: 'Call ended (Duration 1:30)',
      messageParameters: { actor: alice },
    })
  })

  it("wakes a waiting chat poll with the call's messages", async () => {
    await joinCallOf('team', 7)
    const known = Number((await history('team')).lastGiven)
    const waiting = pollChat('team', known)
    await settle()
    await joinCallOf('team', 7, bob)
    const { status, messages } = await waiting
    expect(status).toBe(200)
    expect(messages.map((message) => [message.systemMessage, message.actorId])).toEqual([['call_joined', 'bob']])
  })

  it('counts guests and names them as guests, who never read "You"', async () => {
    mock.viewer = null
    const asGuest = { client: 'guest-1' }
    const guest = await joinCallOf('team', 7, asGuest)
    expect(guest.actorType).toBe('guests')
    await talkFetch('DELETE', '/call/team', asGuest)
    const actor = { type: 'guest', id: `guest/${guest.actorId}`, name: 'Guest', 'mention-id': `guest/${guest.actorId}` }
    const expected = [
      { systemMessage: 'call_started', message: '{actor} started a call', messageParameters: { actor } },
      { systemMessage: 'call_left', message: '{actor} left the call', messageParameters: { actor } },
      { systemMessage: 'call_ended', message: 'Call with 1 guest ended (Duration 0:00)', messageParameters: { actor } },
    ]
    expect(await chatOf('team', asGuest)).toEqual(expected)
    expect(await chatOf('team', { user: 'alice' })).toEqual(expected)
  })
})
