import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'former-one-to-one' })

it('answers 403 to joining the call of a former one-to-one conversation', async () => {
  expect((await talkFetch('POST', '/room/formerdirect/participants/active')).status).toBe(200)
  expect((await talkFetch('POST', '/call/formerdirect')).status).toBe(403)
})
