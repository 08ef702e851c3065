import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'
import { PASSWORD } from './password.js'

useTalkMock({ scenario: 'password' })

it('answers 403 password to a guest without the right password, 200 with it', async () => {
  const refused = await talkFetch('POST', '/room/secretroom/participants/active', { body: { password: 'guess' } })
  expect([refused.status, refused.data]).toEqual([403, { error: 'password' }])
  const joined = await talkFetch('POST', '/room/secretroom/participants/active', { body: { password: PASSWORD } })
  expect(joined.status).toBe(200)
})
