import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'recording-consent' })

it('answers 400 consent until the join sends recordingConsent', async () => {
  await talkFetch('POST', '/room/recorded/participants/active')
  const refused = await talkFetch('POST', '/call/recorded', { body: { flags: 3 } })
  expect([refused.status, refused.data]).toEqual([400, { error: 'consent' }])
  const joined = await talkFetch('POST', '/call/recorded', { body: { flags: 3, recordingConsent: true } })
  expect(joined.status).toBe(200)
})
