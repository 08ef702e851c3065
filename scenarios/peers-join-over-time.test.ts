import { expect, it } from 'vitest'
import { poll } from '../test/support/signaling.js'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'peers-join-over-time' })

const inCall = async () => ((await talkFetch('GET', '/call/fillingup')).data as unknown[]).length

it('fills the call up with one more peer every 15 s until five are in it after a minute', async () => {
  expect(await inCall()).toBe(1)
  const counts = []
  for (let step = 0; step < 4; step++) {
    await mock.clock.advance(15_000)
    counts.push(await inCall())
  }
  expect(counts).toEqual([2, 3, 4, 5])
})

it('shows each joining peer to a viewer polling signaling', async () => {
  expect((await talkFetch('POST', '/room/fillingup/participants/active')).status).toBe(200)
  const first = await poll('fillingup')
  await mock.clock.advance(15_000)
  const next = await poll('fillingup')
  expect(next.users.length).toBe(first.users.length + 1)
  expect(next.users.find((user) => user.actorId === 'peer2')?.inCall).toBe(7)
})
