import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'not-a-participant' })

it('answers 404 to the viewer, who is no member, while members see the call', async () => {
  expect((await talkFetch('POST', '/room/private/participants/active')).status).toBe(404)
  expect((await talkFetch('GET', '/call/private')).status).toBe(404)
  expect((await talkFetch('GET', '/call/private', { user: 'peer2' })).status).toBe(200)
})
