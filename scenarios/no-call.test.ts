import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'no-call' })

it('lists nobody in the call and lets the viewer start one', async () => {
  expect((await talkFetch('GET', '/call/quietroom')).data).toEqual([])
  const room = await talkFetch('POST', '/room/quietroom/participants/active')
  expect(room.data).toMatchObject({ hasCall: false, canStartCall: true })
  expect((await talkFetch('POST', '/call/quietroom')).status).toBe(200)
  expect(mock.world.conversations.get('quietroom')?.activeSince).toBe(mock.clock.seconds())
})
