// PUT /ocs/v2.php/apps/spreed/api/v4/room/{token}/recording-consent (room-set-recording-consent)
// 200 the conversation (its own consent switch, which counts while the server setting
// `recording_consent` is 2, optional); nothing is checked when the value does not change;
// 400 {"error": "value"} for a value other than 0 and 1, "call" when requiring consent while a
// call runs, "breakout-room" for a breakout room (`objectType` `room`); 401 anonymous guests
// (the route is not public); 403 not a moderator; 404 not a participant; 412 {"error":
// "config"} without a recording server.
// Left out: 400 "breakout-room" of a parent whose breakout rooms run (the mock has none).
import { CALL_FLAG, RECORDING_CONSENT } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { refreshParticipant } from '../rules/refresh-participant.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'
import { readRequiredInt } from './read-required-int.js'

/** `BreakoutRoom::PARENT_OBJECT_TYPE`: the object type of a breakout room. */
const BREAKOUT_ROOM_OBJECT_TYPE = 'room'

/**
 * The moderator's consent switch: whether joining this conversation's calls needs consent to
 * being recorded.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/recording-consent`, { method: 'PUT', headers, body: JSON.stringify({ recordingConsent: 1 }) })
 */
export const setRecordingConsent = defineEndpoint({
  operationId: 'room-set-recording-consent',
  method: 'PUT',
  path: '/room/{token}/recording-consent',
  apiVersions: ['v4'],
  publicPage: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    if (world.settings.recording === 'unavailable') return controllerOutcome(412, { error: 'config' })
    const value = readRequiredInt(params, 'recordingConsent')
    if (typeof value !== 'number') return value
    const { conversation } = checked.participant
    if (value !== conversation.recordingConsent) {
      if (value !== RECORDING_CONSENT.NOT_REQUIRED && value !== RECORDING_CONSENT.REQUIRED) {
        return controllerOutcome(400, { error: 'value' })
      }
      if (value !== RECORDING_CONSENT.NOT_REQUIRED && conversation.callFlag !== CALL_FLAG.DISCONNECTED) {
        return controllerOutcome(400, { error: 'call' })
      }
      if (conversation.objectType === BREAKOUT_ROOM_OBJECT_TYPE)
        return controllerOutcome(400, { error: 'breakout-room' })
      await world.conversations.update(conversation, (draft) => {
        draft.recordingConsent = value
        draft.lastActivity = world.clock.seconds()
      })
    }
    return controllerOutcome(200, describeRoom(world, refreshParticipant(world, checked.participant)))
  },
})
