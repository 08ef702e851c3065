import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'
import { CONFLICT_SILENT_FOR } from './session-conflict.js'

const { mock } = useTalkMock({ scenario: 'session-conflict' })

it('answers a join without force with 409 and the old session, which a forced join takes over', async () => {
  const old = mock.world.sessions.all().find((session) => session.clientId === 'implicit')!
  const conflict = await talkFetch('POST', '/room/groupcall/participants/active', { body: { force: false } })
  expect(conflict.status).toBe(409)
  expect(conflict.data).toEqual({
    sessionId: old.sessionId,
    inCall: 7,
    lastPing: mock.clock.seconds() - CONFLICT_SILENT_FOR,
  })
  const forced = await talkFetch('POST', '/room/groupcall/participants/active', { body: { force: true } })
  expect(forced.status).toBe(200)
  expect(mock.world.sessions.get(old.sessionId)).toBeUndefined()
})
