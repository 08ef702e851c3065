import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, type WorldJson } from '../../src/index.js'
import { onUnhandled } from '../../src/msw/majors.js'
import { joinCallOf, talkFetch } from '../support/talk-fetch.js'
import { history } from './chat-support.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

const world: WorldJson = {
  viewer: 'alice',
  users: [
    { id: 'alice', displayName: 'Alice' },
    { id: 'bob', displayName: 'Bob' },
  ],
  conversations: [
    {
      token: 'team',
      type: 2,
      attendees: [{ actorId: 'alice', participantType: 1 }, { actorId: 'bob' }],
      messages: [
        { actorId: 'bob', message: 'Morning!', timestamp: 1767261000 },
        { actorId: 'alice', message: 'Hi Bob', replyTo: 1 },
      ],
    },
  ],
}

async function serve(json: WorldJson) {
  const mock = createTalkMock({ world: json })
  server.resetHandlers(...mock.handlers)
  await mock.ready
  return mock
}

describe('messages as world rows', () => {
  it('serves the messages a world JSON seeds, ids in order, replies with their parent', async () => {
    await serve(world)
    const { messages } = await history('team')
    expect(messages.map((message) => [message.id, message.actorId, message.message])).toEqual([
      [2, 'alice', 'Hi Bob'],
      [1, 'bob', 'Morning!'],
    ])
    expect(messages[0]).toMatchObject({ parent: { id: 1, message: 'Morning!' }, threadId: 1 })
    expect(messages[1]!.timestamp).toBe(1767261000)
  })

  it('dumps the chat, and loads the dump back as the same world', async () => {
    const mock = await serve(world)
    await joinCallOf('team', 7)
    await talkFetch('POST', 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1/chat/team', {
      body: { message: 'Call me', referenceId: 'r1', silent: true },
    })
    const dump = mock.dump()
    expect(dump.conversations![0]!.messages!.map((message) => message.systemMessage || message.message)).toEqual([
      'Morning!',
      'Hi Bob',
      'call_started',
      'Call me',
    ])
    const before = (await history('team')).text
    await mock.load(JSON.parse(JSON.stringify(dump)) as WorldJson)
    expect(mock.dump()).toEqual(dump)
    expect((await history('team')).text).toBe(before)
    // The next message takes the next id, after the loaded ones.
    const next = await talkFetch(
      'POST',
      'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1/chat/team',
      {
        body: { message: 'Again' },
      },
    )
    expect(next.data).toMatchObject({ id: 5 })
  })

  it('refuses a world JSON message that replies to no message of its conversation, naming the field', async () => {
    const bad: WorldJson = {
      ...world,
      conversations: [{ ...world.conversations![0]!, messages: [{ actorId: 'bob', message: 'Hi', replyTo: 9 }] }],
    }
    const mock = createTalkMock({ world: bad })
    await expect(mock.ready).rejects.toThrow(/conversations\[0\]\.messages\[0\]: no message 9 in "team" to reply to/)
  })

  it('answers byte for byte the same to the same requests on the same world', async () => {
    const answers: string[][] = []
    for (let run = 0; run < 2; run++) {
      await serve(world)
      const texts: string[] = []
      await joinCallOf('team', 7)
      await joinCallOf('team', 3, { user: 'bob' })
      await talkFetch('DELETE', '/call/team', { body: { all: true } })
      texts.push((await history('team')).text, (await history('team', {}, { user: 'bob' })).text)
      answers.push(texts)
    }
    expect(answers[1]).toEqual(answers[0])
  })
})
