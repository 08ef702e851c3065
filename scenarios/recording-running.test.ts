import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'recording-running' })

const RECORDING = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1/recording/onair'

it('shows the running recording, asks for consent, and lets the moderator stop it', async () => {
  const joined = await talkFetch('POST', '/room/onair/participants/active')
  const refused = await talkFetch('POST', '/call/onair', { body: { flags: 3 } })
  const consented = await talkFetch('POST', '/call/onair', { body: { flags: 3, recordingConsent: true } })
  const stopped = await talkFetch('DELETE', RECORDING)
  const room = await talkFetch('GET', '/room/onair')

  expect(joined.data).toMatchObject({ callRecording: 1, recordingConsent: 1, participantType: 2 })
  expect([refused.status, refused.data]).toEqual([400, { error: 'consent' }])
  expect([consented.status, stopped.status]).toEqual([200, 200])
  expect(room.data).toMatchObject({ callRecording: 0 })
})
