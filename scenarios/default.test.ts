import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'default' })

it('shows a running call with four peers that the viewer is not in', async () => {
  const { status, data } = await talkFetch('GET', '/call/groupcall')
  expect(status).toBe(200)
  expect(data).toHaveLength(4)
  expect((data as { actorId: string }[]).map((peer) => peer.actorId)).not.toContain('alice')
})

it('adds the viewer as a fifth peer once it joins the conversation and the call', async () => {
  expect((await talkFetch('POST', '/room/groupcall/participants/active')).status).toBe(200)
  expect((await talkFetch('POST', '/call/groupcall', { body: { flags: 3 } })).status).toBe(200)
  const { data } = await talkFetch('GET', '/call/groupcall')
  expect(data).toHaveLength(5)
})
