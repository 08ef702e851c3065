import { describe, expect, it } from 'vitest'
import { CALL_FLAG, PARTICIPANT_TYPE } from '../../src/index.js'
import { BASE, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

// GET /call keeps its answer while the world does not change; these tests change it in every
// way the peer list depends on and expect the next answer to show it.
const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice' })
    await world.addUser({ id: 'bob', displayName: 'Bob' })
    await world.addUser({ id: 'carol', displayName: 'Carol' })
    await world.addConversation({ token: 'abc123', type: 2 })
    await world.addAttendee('abc123', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    const bob = await world.addAttendee('abc123', { actorId: 'bob' })
    await world.addSession(bob, { inCall: CALL_FLAG.IN_CALL, liveness: 'silent' })
    world.viewer = 'alice'
  },
})

const peerNames = async () => {
  const { status, data } = await talkFetch('GET', '/call/abc123')
  expect(status).toBe(200)
  return (data as Array<{ displayName: string }>).map((peer) => peer.displayName)
}

describe('GET /call/{token} after the world changed', () => {
  it('lists a peer whose session was added since the last answer', async () => {
    await mock.reset()
    expect(await peerNames()).toEqual(['Bob'])
    const carol = await mock.world.addAttendee('abc123', { actorId: 'carol' })
    await mock.world.addSession(carol, { inCall: CALL_FLAG.IN_CALL })
    expect(await peerNames()).toEqual(['Bob', 'Carol'])
  })

  it('drops a peer who left the call since the last answer', async () => {
    await mock.reset()
    expect(await peerNames()).toEqual(['Bob'])
    const [session] = mock.world.sessions.all()
    await mock.world.sessions.update(session!, (draft) => void (draft.inCall = CALL_FLAG.DISCONNECTED))
    expect(await peerNames()).toEqual([])
  })

  it('drops a silent peer whose last ping grew older than 30 s as the clock moved', async () => {
    await mock.reset()
    expect(await peerNames()).toEqual(['Bob'])
    mock.clock.advance(31_000)
    expect(await peerNames()).toEqual([])
  })

  it('shows a new display name of an attendee', async () => {
    await mock.reset()
    expect(await peerNames()).toEqual(['Bob'])
    const bob = mock.world.findAttendee('abc123', 'users', 'bob')!
    await mock.world.attendees.update(bob, (draft) => void (draft.displayName = 'Robert'))
    expect(await peerNames()).toEqual(['Robert'])
  })

  it('records in the journal the body the client received', async () => {
    await mock.reset()
    const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
    const received = await fetch(`${BASE}/call/abc123`, { headers }).then((response) => response.text())
    expect(received).toContain('"displayName":"Bob"')
    expect((await mock.journal.entries()).at(-1)?.responseBody).toBe(received)
  })
})
