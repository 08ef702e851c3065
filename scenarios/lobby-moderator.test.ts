import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'lobby-moderator' })

it('lets the moderating viewer through the lobby into the call', async () => {
  await talkFetch('POST', '/room/webinar/participants/active')
  expect((await talkFetch('POST', '/call/webinar')).status).toBe(200)
  expect((await talkFetch('GET', '/call/webinar')).data).toHaveLength(3)
})
