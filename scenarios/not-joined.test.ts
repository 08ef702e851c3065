import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'not-joined' })

it('answers 404 with data null to join, update and leave without a Talk session', async () => {
  for (const method of ['POST', 'PUT', 'DELETE']) {
    const { status, data } = await talkFetch(method, '/call/groupcall', { body: { flags: 1 } })
    expect([method, status, data]).toEqual([method, 404, null])
  }
})

it('still lists the peers to the member without a session', async () => {
  expect((await talkFetch('GET', '/call/groupcall')).status).toBe(200)
})
