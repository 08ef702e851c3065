import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'calls-disabled' })

it('answers 403 with data [] to GET and POST /call, before any participant check', async () => {
  expect(await talkFetch('GET', '/call/groupcall').then((r) => [r.status, r.data])).toEqual([403, []])
  expect((await talkFetch('POST', '/call/groupcall')).status).toBe(403)
  expect((await talkFetch('GET', '/call/nosuchroom')).status).toBe(403)
})
