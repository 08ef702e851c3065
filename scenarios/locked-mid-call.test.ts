import { expect, it } from 'vitest'
import { READ_ONLY } from '../src/constants.js'
import { joinCallOf, talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'locked-mid-call' })

it('locks the conversation after 30 s: the viewer is taken out of the call, which then answers 403', async () => {
  await joinCallOf('lockingcall', 3)
  expect(((await talkFetch('GET', '/call/lockingcall')).data as unknown[]).length).toBe(4)
  await mock.clock.advance(30_000)
  const room = (await talkFetch('GET', '/room/lockingcall')).data as { readOnly: number; participantFlags: number }
  expect(room.readOnly).toBe(READ_ONLY.READ_ONLY)
  expect(room.participantFlags).toBe(0)
  expect((await talkFetch('GET', '/call/lockingcall')).status).toBe(403)
  expect((await talkFetch('POST', '/call/lockingcall', { body: { flags: 3 } })).status).toBe(403)
})
