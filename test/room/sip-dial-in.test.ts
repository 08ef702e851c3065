import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, SIP_STATE } from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = '12345678'
const LETTERS = 'abcd1234'
const ONE_TO_ONE = '87654321'
const BREAKOUT = '11223344'

type Room = { sipEnabled: number; attendeePin: string | null; canEnableSIP: boolean }

const { mock } = useTalkMock({
  nextcloudRoutes: true,
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams', groups: ['phone'] })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'dave', displayName: 'Dave Davis' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC })
    await world.addConversation({ token: LETTERS, type: CONVERSATION_TYPE.GROUP })
    await world.addConversation({ token: ONE_TO_ONE, type: CONVERSATION_TYPE.ONE_TO_ONE, name: '["alice","bob"]' })
    await world.addConversation({ token: BREAKOUT, type: CONVERSATION_TYPE.GROUP, objectType: 'room', objectId: TOKEN })
    for (const token of [TOKEN, LETTERS, ONE_TO_ONE, BREAKOUT]) {
      await world.addAttendee(token, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
      await world.addAttendee(token, { actorId: 'bob' })
    }
    world.updateSettings({ sipBridge: 'configured' })
    world.viewer = 'alice'
  },
})

function setSip(state: unknown, token = TOKEN, user?: string) {
  return talkFetch('PUT', `/room/${token}/webinar/sip`, { body: { state }, user })
}

async function roomOf(token: string, user?: string): Promise<Room> {
  return (await talkFetch('GET', `/room/${token}`, { user })).data as Room
}

describe('PUT /room/{token}/webinar/sip', () => {
  it('turns dial-in on: the conversation shows it, with a 7-digit PIN for each user', async () => {
    const enabled = await setSip(SIP_STATE.ENABLED)
    const bob = await roomOf(TOKEN, 'bob')

    expect(enabled.status).toBe(200)
    expect(enabled.data).toMatchObject({ sipEnabled: 1, canEnableSIP: true })
    const pin = (enabled.data as Room).attendeePin
    expect(pin).toMatch(/^[1-9][0-9]{6}$/)
    expect(pin).not.toMatch(/(\d)\1/)
    expect(bob).toMatchObject({ sipEnabled: 1, canEnableSIP: false })
    expect(bob.attendeePin).toMatch(/^[1-9][0-9]{6}$/)
    expect(bob.attendeePin).not.toBe(pin)
  })

  it('gives an attendee who joins later a PIN, and keeps every PIN the same across requests', async () => {
    await setSip(SIP_STATE.ENABLED)
    const before = await roomOf(TOKEN)
    await mock.world.addAttendee(TOKEN, { actorId: 'dave' })

    const dave = await roomOf(TOKEN, 'dave')

    expect((await roomOf(TOKEN)).attendeePin).toBe(before.attendeePin)
    expect(dave.attendeePin).toMatch(/^[1-9][0-9]{6}$/)
  })

  it('shows PINs in the participant list to moderators and to each attendee itself', async () => {
    await setSip(SIP_STATE.ENABLED)
    await joinConversation(TOKEN)
    await joinConversation(TOKEN, { user: 'bob' })

    type Entry = { actorId: string; attendeePin: string }
    const byModerator = (await talkFetch('GET', `/room/${TOKEN}/participants`)).data as Entry[]
    const byBob = (await talkFetch('GET', `/room/${TOKEN}/participants`, { user: 'bob' })).data as Entry[]
    const pins = (entries: Entry[]) => Object.fromEntries(entries.map((entry) => [entry.actorId, entry.attendeePin]))

    expect(pins(byModerator).bob).toBe((await roomOf(TOKEN, 'bob')).attendeePin)
    expect(pins(byBob)).toEqual({ alice: '', bob: pins(byModerator).bob })
  })

  it('turns dial-in on without PIN and off again', async () => {
    const noPin = await setSip(SIP_STATE.ENABLED_NO_PIN)
    const off = await setSip(SIP_STATE.DISABLED)

    expect(noPin.data).toMatchObject({ sipEnabled: 2 })
    expect(off.data).toMatchObject({ sipEnabled: 0, attendeePin: '' })
  })

  it('answers 400 type, value, token and breakout-room, in that order', async () => {
    const type = await setSip(SIP_STATE.ENABLED, ONE_TO_ONE)
    const value = await setSip(3)
    const token = await setSip(SIP_STATE.ENABLED, LETTERS)
    const breakout = await setSip(5, BREAKOUT)

    expect([type.status, type.data]).toEqual([400, { error: 'type' }])
    expect([value.status, value.data]).toEqual([400, { error: 'value' }])
    expect([token.status, token.data]).toEqual([400, { error: 'token' }])
    expect([breakout.status, breakout.data]).toEqual([400, { error: 'breakout-room' }])
  })

  it('checks nothing when the state does not change', async () => {
    const same = await setSip(SIP_STATE.DISABLED, LETTERS)

    expect(same.status).toBe(200)
  })

  it('answers 412 config while the SIP bridge is not configured, after the group check', async () => {
    mock.world.updateSettings({ sipBridge: 'unconfigured' })

    const refused = await setSip(SIP_STATE.ENABLED)
    const room = await roomOf(TOKEN)

    expect([refused.status, refused.data]).toEqual([412, { error: 'config' }])
    expect(room).toMatchObject({ sipEnabled: 0, attendeePin: '', canEnableSIP: false })
  })

  it('answers 403 config to a moderator outside the SIP groups', async () => {
    mock.world.updateSettings({ sipGroups: ['telephony'] })

    const refused = await setSip(SIP_STATE.ENABLED)

    expect([refused.status, refused.data]).toEqual([403, { error: 'config' }])
  })

  it('answers 403 [] to a member, 404 to a stranger and 401 to an anonymous guest', async () => {
    const member = await setSip(SIP_STATE.ENABLED, TOKEN, 'bob')
    const stranger = await setSip(SIP_STATE.ENABLED, TOKEN, 'dave')
    mock.world.viewer = null
    const guest = await setSip(SIP_STATE.ENABLED)

    expect([member.status, member.data, stranger.status, guest.status]).toEqual([403, [], 404, 401])
  })
})

describe('SIP capabilities', () => {
  it('say whether the bridge is configured and whether the user may turn dial-in on', async () => {
    const capabilities = async () =>
      (
        (await talkFetch('GET', 'https://cloud.example.com/nextcloud/ocs/v2.php/cloud/capabilities')).data as {
          capabilities: { spreed: { features: string[]; config: { call: Record<string, unknown> } } }
        }
      ).capabilities.spreed
    const configured = await capabilities()
    mock.world.updateSettings({ sipBridge: 'unconfigured', sipGroups: ['telephony'] })
    const fresh = await capabilities()

    expect(configured.features).toEqual(expect.arrayContaining(['sip-support', 'sip-support-nopin']))
    expect(configured.config.call).toMatchObject({ 'sip-enabled': true, 'can-enable-sip': true })
    expect(fresh.config.call).toMatchObject({ 'sip-enabled': false, 'can-enable-sip': false })
  })
})
