import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'
import { CROWDED_PEERS } from './crowded-call.js'

useTalkMock({ scenario: 'crowded-call' })

it('lists 200 peers, each with its own session and a name', async () => {
  const peers = (await talkFetch('GET', '/call/townhall')).data as { sessionId: string; displayName: string }[]
  expect(peers).toHaveLength(CROWDED_PEERS)
  expect(new Set(peers.map((peer) => peer.sessionId)).size).toBe(CROWDED_PEERS)
  expect(peers.every((peer) => peer.displayName.length > 0)).toBe(true)
})
