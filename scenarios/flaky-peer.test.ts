import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'flaky-peer' })

const sessionOf = async (actorId: string) => {
  const peers = (await talkFetch('GET', '/call/flakypeer')).data as Array<{ actorId: string; sessionId: string }>
  return peers.find((peer) => peer.actorId === actorId)?.sessionId
}

it('drops the last peer 30 s after it stopped pinging and brings it back with a new session', async () => {
  const before = await sessionOf('peer3')
  expect(before).toBeDefined()
  await mock.clock.advance(40_000)
  expect(await sessionOf('peer3')).toBe(before)
  await mock.clock.advance(1_000)
  expect(await sessionOf('peer3')).toBeUndefined()
  await mock.clock.advance(19_000)
  const after = await sessionOf('peer3')
  expect(after).toBeDefined()
  expect(after).not.toBe(before)
})
