import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, scenarios } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { expectTalkRoom } from '../support/talk-room-schema.js'

/** Scenarios whose viewer can see no conversation at all. */
const SEES_NO_CONVERSATION = ['empty', 'not-a-participant']

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

describe.each(scenarios.map((scenario) => scenario.name))('the conversation object in %s', (name) => {
  it("has every field of Talk's Room with its type, from every endpoint that returns one", async () => {
    const mock = createTalkMock({ scenario: name })
    await mock.ready
    server.resetHandlers(...mock.handlers)
    let checked = 0
    const check = (room: unknown, where: string) => {
      expectTalkRoom(room, `${name} ${where}`)
      checked++
    }
    for (const { token } of mock.world.conversations.all()) {
      const single = await talkFetch('GET', `/room/${token}`)
      if (single.status === 200) check(single.data, `GET /room/${token}`)
      const joined = await talkFetch('POST', `/room/${token}/participants/active`)
      if (joined.status === 200) check(joined.data, `POST /room/${token}/participants/active`)
      const after = await talkFetch('GET', `/room/${token}`)
      if (after.status === 200) check(after.data, `GET /room/${token} after joining`)
      // The moderation endpoints answer a moderator with the conversation as well.
      const room = mock.world.conversations.get(token)!
      for (const [path, body] of [
        ['read-only', { state: room.readOnly }],
        ['webinar/lobby', { state: room.lobbyState }],
        ['permissions/default', { permissions: room.defaultPermissions }],
      ] as const) {
        const changed = await talkFetch('PUT', `/room/${token}/${path}`, { body })
        if (changed.status === 200) check(changed.data, `PUT /room/${token}/${path}`)
      }
    }
    const list = await talkFetch('GET', '/room')
    if (list.status === 200) for (const room of list.data as unknown[]) check(room, 'GET /room')
    expect(checked > 0).toBe(!SEES_NO_CONVERSATION.includes(name))
  })
})
