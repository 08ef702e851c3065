import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'read-only' })

it('answers 403 to listing and joining the call of the locked conversation', async () => {
  expect((await talkFetch('POST', '/room/archive/participants/active')).status).toBe(200)
  expect((await talkFetch('GET', '/call/archive')).status).toBe(403)
  expect((await talkFetch('POST', '/call/archive')).status).toBe(403)
})
