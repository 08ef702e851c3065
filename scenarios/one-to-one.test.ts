import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'one-to-one' })

it('shows the other person calling, and puts both in the call once the viewer answers', async () => {
  const room = await talkFetch('POST', '/room/direct/participants/active')
  expect(room.data).toMatchObject({ type: 1, hasCall: true })
  expect((await talkFetch('POST', '/call/direct')).status).toBe(200)
  const peers = (await talkFetch('GET', '/call/direct')).data as { actorId: string }[]
  expect(peers.map((peer) => peer.actorId).sort()).toEqual(['alice', 'bob'])
})

it("names the conversation after the other person, as Talk's room list does", async () => {
  const room = await talkFetch('POST', '/room/direct/participants/active')
  const bob = (await talkFetch('GET', '/call/direct')).data as { actorId: string; displayName: string }[]
  expect(room.data).toMatchObject({ name: 'bob', displayName: bob.find((peer) => peer.actorId === 'bob')?.displayName })
})
