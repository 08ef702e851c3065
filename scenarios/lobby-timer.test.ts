import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'lobby-timer' })

it('answers 412 until the clock passes the lobby timer, then lets the viewer join', async () => {
  await talkFetch('POST', '/room/webinar/participants/active')
  expect((await talkFetch('POST', '/call/webinar')).status).toBe(412)
  mock.clock.advance(5 * 60_000)
  expect((await talkFetch('POST', '/call/webinar')).status).toBe(200)
  expect(mock.world.conversations.get('webinar')).toMatchObject({ lobbyState: 0, lobbyTimer: 0 })
})
