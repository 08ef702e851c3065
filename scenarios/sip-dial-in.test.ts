import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'sip-dial-in' })

it('shows dial-in on with the PIN of the viewer, and lets the moderator switch it off', async () => {
  const joined = await talkFetch('POST', '/room/20260101/participants/active')
  const off = await talkFetch('PUT', '/room/20260101/webinar/sip', { body: { state: 0 } })

  expect(joined.data).toMatchObject({ sipEnabled: 1, canEnableSIP: true })
  expect((joined.data as { attendeePin: string }).attendeePin).toMatch(/^[1-9][0-9]{6}$/)
  expect(off.data).toMatchObject({ sipEnabled: 0, attendeePin: '' })
})
