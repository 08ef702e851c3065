import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'cannot-start-call' })

it('answers 403 while no call runs, and 200 once a peer has started it', async () => {
  await talkFetch('POST', '/room/standup/participants/active')
  expect((await talkFetch('POST', '/room/standup/participants/active')).data).toMatchObject({ canStartCall: false })
  expect((await talkFetch('POST', '/call/standup')).status).toBe(403)

  await talkFetch('POST', '/room/standup/participants/active', { user: 'peer1' })
  expect((await talkFetch('POST', '/call/standup', { user: 'peer1' })).status).toBe(200)
  expect((await talkFetch('POST', '/call/standup')).status).toBe(200)
})
