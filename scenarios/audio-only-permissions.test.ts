import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'audio-only-permissions' })

it('strips the video bit from the viewer joining with flags 7', async () => {
  const room = await talkFetch('POST', '/room/audioonly/participants/active')
  const { sessionId } = room.data as { sessionId: string }
  expect((await talkFetch('POST', '/call/audioonly', { body: { flags: 7 } })).status).toBe(200)
  expect(mock.world.sessions.get(sessionId)?.inCall).toBe(3)
})
