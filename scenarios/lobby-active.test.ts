import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'lobby-active' })

it('answers 412 to the viewer on GET and POST /call', async () => {
  await talkFetch('POST', '/room/webinar/participants/active')
  expect((await talkFetch('GET', '/call/webinar')).status).toBe(412)
  expect((await talkFetch('POST', '/call/webinar')).status).toBe(412)
})

it('lets the moderating peer list the call it is in', async () => {
  const { status, data } = await talkFetch('GET', '/call/webinar', { user: 'peer1' })
  expect(status).toBe(200)
  expect(data).toHaveLength(2)
})
