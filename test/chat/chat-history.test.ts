import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, type World } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { CHAT, history, say } from './chat-support.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'bob', displayName: 'Bob' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.GROUP })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('team', { actorId: 'bob' })
  for (const [index, text] of ['one', 'two', 'three', 'four', 'five'].entries()) {
    await world.addMessage('team', { actorId: index % 2 ? 'bob' : 'alice', message: text })
  }
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })

describe('GET /chat/{token} history (lookIntoFuture=0)', () => {
  it('gives the newest messages first, X-Chat-Last-Given naming the oldest one given', async () => {
    const { status, messages, lastGiven, lastCommonRead } = await history('team')
    expect(status).toBe(200)
    expect(messages.map((message) => message.message)).toEqual(['five', 'four', 'three', 'two', 'one'])
    expect(lastGiven).toBe(String(messages.at(-1)!.id))
    expect(lastCommonRead).toBe('0')
  })

  it('pages with limit and lastKnownMessageId, with or without the last known one', async () => {
    const first = await history('team', { limit: 2 })
    expect(first.messages.map((message) => message.message)).toEqual(['five', 'four'])
    const next = await history('team', { limit: 2, lastKnownMessageId: first.lastGiven! })
    expect(next.messages.map((message) => message.message)).toEqual(['three', 'two'])
    const again = await history('team', { limit: 2, lastKnownMessageId: first.lastGiven!, includeLastKnown: 1 })
    expect(again.messages.map((message) => message.message)).toEqual(['four', 'three'])
  })

  it('answers 304 without a body once the history is exhausted, and for an empty chat', async () => {
    const oldest = (await history('team')).lastGiven!
    const after = await history('team', { lastKnownMessageId: oldest })
    expect(after.status).toBe(304)
    expect(after.text).toBe('')
    await mock.world.addConversation({ token: 'quiet', type: CONVERSATION_TYPE.GROUP })
    await mock.world.addAttendee('quiet', { actorId: 'alice' })
    expect((await history('quiet')).status).toBe(304)
  })

  it('describes each message as Talk does', async () => {
    const [newest] = (await history('team', { limit: 1 })).messages
    expect(newest).toEqual({
      id: 5,
      token: 'team',
      actorType: 'users',
      actorId: 'alice',
      actorDisplayName: 'Alice',
      timestamp: mock.clock.seconds(),
      message: 'five',
      messageParameters: [],
      systemMessage: '',
      messageType: 'comment',
      isReplyable: true,
      referenceId: '',
      reactions: {},
      expirationTimestamp: 0,
      markdown: true,
      threadId: 5,
    })
  })

  it('answers 404 to who is no participant, and to an unknown conversation', async () => {
    await mock.world.addUser({ id: 'eve', displayName: 'Eve' })
    expect((await history('team', {}, { user: 'eve' })).status).toBe(404)
    expect((await history('nowhere')).status).toBe(404)
  })

  it('answers 412 while the lobby keeps the caller out', async () => {
    const room = mock.world.conversations.get('team')!
    await mock.world.conversations.update(room, (draft) => void (draft.lobbyState = 1))
    expect((await history('team', {}, { user: 'bob' })).status).toBe(412)
    expect((await history('team')).status).toBe(200)
  })

  it('answers share/overview with every kind empty, and the context of 0 as Talk reads it', async () => {
    const overview = await talkFetch('GET', `${CHAT}/team/share/overview`)
    expect(overview.status).toBe(200)
    expect(overview.data).toEqual({
      audio: [],
      deckcard: [],
      file: [],
      location: [],
      media: [],
      other: [],
      poll: [],
      recording: [],
      voice: [],
    })
    const context = await talkFetch('GET', `${CHAT}/team/3/context?limit=1`)
    expect((context.data as Array<{ message: string }>).map((message) => message.message)).toEqual(['three', 'four'])
    // 0 names no message: the newest and the oldest half both, a short chat twice.
    const zero = await talkFetch('GET', `${CHAT}/team/0/context?limit=50`)
    const texts = (zero.data as Array<{ message: string }>).map((message) => message.message)
    expect(texts).toEqual(['one', 'two', 'three', 'four', 'five', 'one', 'two', 'three', 'four', 'five'])
  })

  it('keeps the messages sent through it, replies with their parent', async () => {
    const hello = await say('team', 'hello', { user: 'bob' })
    const reply = await say('team', 'hi bob', {}, { replyTo: hello.id, referenceId: 'ref-1', silent: true })
    expect(reply).toMatchObject({ message: 'hi bob', referenceId: 'ref-1', silent: true, threadId: hello.id })
    expect(reply.parent).toMatchObject({ id: hello.id, message: 'hello', actorId: 'bob' })
    const [newest] = (await history('team', { limit: 1 })).messages
    expect(newest).toEqual(reply)
  })
})
