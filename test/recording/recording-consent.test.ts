import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, RECORDING_CONSENT } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from '../protocol/join-call.js'

const TOKEN = 'abcd1234'
const BREAKOUT = 'breakout1'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP, lastActivity: 1767261000 })
    await world.addConversation({ token: BREAKOUT, type: CONVERSATION_TYPE.GROUP, objectType: 'room', objectId: TOKEN })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    await world.addAttendee(BREAKOUT, { actorId: 'alice', participantType: PARTICIPANT_TYPE.MODERATOR })
    world.updateSettings({ recording: 'enabled', recordingConsent: RECORDING_CONSENT.OPTIONAL })
    world.viewer = 'alice'
  },
})

function setConsent(recordingConsent: unknown, options: { token?: string; user?: string } = {}) {
  return talkFetch('PUT', `/room/${options.token ?? TOKEN}/recording-consent`, {
    body: { recordingConsent },
    user: options.user,
  })
}

describe('PUT /room/{token}/recording-consent', () => {
  it('answers 200 with the conversation requiring consent, and bumps its last activity', async () => {
    const set = await setConsent(1)

    expect(set.status).toBe(200)
    expect(set.data).toMatchObject({ token: TOKEN, recordingConsent: 1, lastActivity: mock.world.clock.seconds() })
  })

  it('makes joining the call ask for consent while the server leaves it to the conversation', async () => {
    await setConsent(1)
    await talkFetch('POST', `/room/${TOKEN}/participants/active`)

    const refused = await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })

    expect([refused.status, refused.data]).toEqual([400, { error: 'consent' }])
  })

  it('answers 400 value for a value other than 0 and 1', async () => {
    for (const value of [2, -1]) {
      const refused = await setConsent(value)
      expect([value, refused.status, refused.data]).toEqual([value, 400, { error: 'value' }])
    }
  })

  it('answers 400 call when requiring consent while a call runs, and lets it be lifted then', async () => {
    await setConsent(1)
    await joinConversationAndCall(TOKEN)

    const lifted = await setConsent(0)
    const refused = await setConsent(1)

    expect([lifted.status, refused.status, refused.data]).toEqual([200, 400, { error: 'call' }])
  })

  it('checks nothing when the value does not change', async () => {
    await joinConversationAndCall(TOKEN)

    const same = await setConsent(0)

    expect([same.status, (same.data as { lastActivity: number }).lastActivity]).toEqual([
      200,
      mock.world.conversations.get(TOKEN)!.lastActivity,
    ])
  })

  it('answers 400 breakout-room in a breakout room', async () => {
    const refused = await setConsent(1, { token: BREAKOUT })

    expect([refused.status, refused.data]).toEqual([400, { error: 'breakout-room' }])
  })

  it('answers 412 config without a recording server, after the moderator check', async () => {
    mock.world.updateSettings({ recording: 'unavailable' })

    const moderator = await setConsent(1)
    const member = await setConsent(1, { user: 'bob' })

    expect([moderator.status, moderator.data, member.status]).toEqual([412, { error: 'config' }, 403])
  })

  it('answers 403 to a member, 404 to a stranger and 401 to an anonymous guest', async () => {
    const member = await setConsent(1, { user: 'bob' })
    await mock.world.addUser({ id: 'carol', displayName: 'Carol Clark' })
    const stranger = await setConsent(1, { user: 'carol' })
    mock.world.viewer = null
    const guest = await setConsent(1)

    expect([member.status, stranger.status, guest.status, guest.meta?.statuscode]).toEqual([403, 404, 401, 997])
  })
})
