import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'recording-fails' })

const RECORDING = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1/recording/brokenrec'

it('starts a recording that shows starting, then failed once the clock moves 5 s', async () => {
  await talkFetch('POST', '/room/brokenrec/participants/active')
  await talkFetch('POST', '/call/brokenrec', { body: { flags: 3 } })
  const started = await talkFetch('POST', RECORDING, { body: { status: 1 } })
  const starting = await talkFetch('GET', '/room/brokenrec')
  mock.world.clock.advance(5_000)
  const failed = await talkFetch('GET', '/room/brokenrec')

  expect([started.status, started.data]).toEqual([200, null])
  expect([starting.data, failed.data]).toMatchObject([{ callRecording: 3 }, { callRecording: 5 }])
})
