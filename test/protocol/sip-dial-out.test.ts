import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, PERMISSION, START_CALLS } from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
const OTHER = 'other123'
// Attendee ids in the order the setup adds them.
const BOB = 2
const PHONE = 3
const PHONE_ELSEWHERE = 4

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP })
    await world.addConversation({ token: OTHER, type: CONVERSATION_TYPE.GROUP })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    await world.addAttendee(TOKEN, {
      actorType: 'phones',
      actorId: 'p1',
      displayName: '+49301…',
      phoneNumber: '+4930123456',
    })
    await world.addAttendee(OTHER, { actorType: 'phones', actorId: 'p2', phoneNumber: '+4930654321' })
    world.viewer = 'alice'
  },
})

function dialOut(attendeeId: number, user?: string) {
  return talkFetch('POST', `/call/${TOKEN}/dialout/${attendeeId}`, { user })
}

describe('POST /call/{token}/dialout/{attendeeId}', () => {
  it('answers 201 and gives the phone attendee a call id', async () => {
    await joinConversationAndCall(TOKEN)

    const dialled = await dialOut(PHONE)
    const participants = await talkFetch('GET', `/room/${TOKEN}/participants`)

    expect([dialled.status, dialled.meta?.status, dialled.data]).toEqual([201, 'ok', null])
    const phone = (participants.data as Array<Record<string, unknown>>).find((entry) => entry.attendeeId === PHONE)
    expect(phone).toMatchObject({ actorType: 'phones', phoneNumber: '+4930123456' })
    expect(phone?.callId).toMatch(/^[A-Za-z0-9]{16}$/)
  })

  it('answers 400 with data null when no call is running', async () => {
    await joinConversation(TOKEN)

    const dialled = await dialOut(PHONE)

    expect([dialled.status, dialled.data]).toEqual([400, null])
  })

  it("answers 400 when the caller's session is not in the running call", async () => {
    await joinConversationAndCall(TOKEN, 'bob')
    await joinConversation(TOKEN)

    expect((await dialOut(PHONE)).status).toBe(400)
  })

  it('answers 404 with data null for attendees that are no phone of this conversation', async () => {
    await joinConversationAndCall(TOKEN)

    for (const attendeeId of [BOB, PHONE_ELSEWHERE, 999]) {
      const dialled = await dialOut(attendeeId)
      expect([attendeeId, dialled.status, dialled.data]).toEqual([attendeeId, 404, null])
    }
  })

  it('answers 501 with an empty error object while SIP dial-out is unavailable', async () => {
    mock.world.updateSettings({ sipDialOut: 'unavailable' })
    await joinConversationAndCall(TOKEN)

    const dialled = await dialOut(PHONE)

    expect([dialled.status, dialled.data]).toEqual([501, { error: {} }])
  })

  it('answers 501 with the error and message of a failed dial-out', async () => {
    mock.world.updateSettings({ sipDialOut: { error: 'sip-busy', message: 'The number is busy' } })
    await joinConversationAndCall(TOKEN)

    const dialled = await dialOut(PHONE)

    expect([dialled.status, dialled.data]).toEqual([501, { error: 'sip-busy', message: 'The number is busy' }])
  })

  it('answers 403 to a caller without the start-call permission', async () => {
    const bob = mock.world.attendees.get(BOB)!
    await mock.world.attendees.update(
      bob,
      (draft) => void (draft.permissions = PERMISSION.CUSTOM | PERMISSION.JOIN_CALL),
    )

    expect((await dialOut(PHONE, 'bob')).status).toBe(403)
  })

  it('answers 403 while calls are disabled', async () => {
    mock.world.updateSettings({ startCalls: START_CALLS.NOBODY })

    expect((await dialOut(PHONE)).status).toBe(403)
  })
})
