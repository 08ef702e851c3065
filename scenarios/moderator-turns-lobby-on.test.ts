import { expect, it } from 'vitest'
import { LOBBY_STATE } from '../src/constants.js'
import { joinCallOf, talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'moderator-turns-lobby-on' })

it('turns the lobby on after 20 s: the viewer leaves the call and gets 412 until the timer lifts it', async () => {
  await joinCallOf('lobbylater', 3)
  await mock.clock.advance(20_000)
  const room = (await talkFetch('GET', '/room/lobbylater')).data as { lobbyState: number; participantFlags: number }
  expect(room.lobbyState).toBe(LOBBY_STATE.NON_MODERATORS)
  expect(room.participantFlags).toBe(0)
  expect((await talkFetch('POST', '/call/lobbylater', { body: { flags: 3 } })).status).toBe(412)
  await mock.clock.advance(600_000)
  expect((await talkFetch('POST', '/call/lobbylater', { body: { flags: 3 } })).status).toBe(200)
})
