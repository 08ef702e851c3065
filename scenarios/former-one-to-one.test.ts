import { beforeEach, expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-mock.js'

const mock = useTalkMock({ scenario: 'former-one-to-one' })
beforeEach(() => mock.reset())

it('answers 403 to joining the call of a former one-to-one conversation', async () => {
  expect((await talkFetch('POST', '/room/formerdirect/participants/active')).status).toBe(200)
  expect((await talkFetch('POST', '/call/formerdirect')).status).toBe(403)
})
