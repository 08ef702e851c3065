import { describe, expect, it } from 'vitest'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('requests made at once', () => {
  it('keeps the flags of every user who joins the call at the same moment', async () => {
    const users = ['bob', 'carol', 'dave', 'erin']
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      for (const user of users) await addMember(world, user)
    })
    for (const user of users) await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user })
    const flags = [1, 3, 5, 9]
    const results = await Promise.all(
      users.map((user, i) => talkFetch('POST', `/call/${TOKEN}`, { user, body: { flags: flags[i] } })),
    )
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200])
    expect(roomOf(mock.world).callFlag).toBe(15)
  })

  it('leaves a client that joins the conversation twice at once with one session, as PHP session locking does', async () => {
    const mock = await talk.start(groupWorld())
    const results = await Promise.all([
      talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'tab' }),
      talkFetch('POST', `/room/${TOKEN}/participants/active`, { client: 'tab' }),
    ])
    expect(results.map((result) => result.status)).toEqual([200, 200])
    const second = results[1]!.data as { sessionId: string }
    expect(sessionsOf(mock.world, 'alice').map((session) => session.sessionId)).toEqual([second.sessionId])
  })
})
