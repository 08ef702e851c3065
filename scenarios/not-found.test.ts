import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'not-found' })

it('answers 404 everywhere for the missing conversation', async () => {
  expect(mock.scenario.token).toBe('deleted')
  expect((await talkFetch('POST', '/room/deleted/participants/active')).status).toBe(404)
  expect((await talkFetch('GET', '/call/deleted')).status).toBe(404)
  expect((await talkFetch('POST', '/call/deleted')).status).toBe(404)
})
