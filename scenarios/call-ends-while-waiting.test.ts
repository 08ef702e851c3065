import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'call-ends-while-waiting' })

it('ends the call for everyone after 20 s: nobody is listed and the conversation has no call', async () => {
  expect((await talkFetch('POST', '/room/endingcall/participants/active')).status).toBe(200)
  expect(((await talkFetch('GET', '/call/endingcall')).data as unknown[]).length).toBe(3)
  await mock.clock.advance(20_000)
  expect((await talkFetch('GET', '/call/endingcall')).data).toEqual([])
  expect(((await talkFetch('GET', '/room/endingcall')).data as { hasCall: boolean }).hasCall).toBe(false)
  expect(mock.timeline.view().events.map((event) => event.outcome)).toEqual(['done'])
})
