// DELETE /ocs/v2.php/apps/spreed/api/{v4,v1}/room/{token}/participants/active (room-leave-room)
// 200 always (data null, v1 []): the client's session is closed, its call left; a self-joined user
// with no session left stops being an attendee.
import { PARTICIPANT_TYPE } from '../constants.js'
import { leaveCall } from '../rules/call-state.js'
import { findCallerSession } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { adaptToApiVersion } from './adapt-to-api-version.js'
import { defineEndpoint } from './define-endpoint.js'

/**
 * Leaves the conversation (closes this client's Talk session).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/participants/active`, { method: 'DELETE', headers })
 */
export const leaveRoom = defineEndpoint({
  operationId: 'room-leave-room',
  method: 'DELETE',
  path: '/room/{token}/participants/active',
  apiVersions: ['v4', 'v1'],
  async handle({ world, caller, path, apiVersion }) {
    const conversation = world.conversations.get(path.token!)
    const session = conversation && findCallerSession(world, caller, conversation.token)
    if (!conversation || !session) return adaptToApiVersion(apiVersion, controllerOutcome(200))
    await leaveCall(world, conversation, session, { endedBySystem: true })
    world.removeSession(session)
    const attendee = world.attendees.get(session.attendeeId)
    if (
      attendee?.participantType === PARTICIPANT_TYPE.USER_SELF_JOINED &&
      world.sessions.inGroup(attendee.id).length === 0
    ) {
      world.removeAttendee(attendee)
    }
    return adaptToApiVersion(apiVersion, controllerOutcome(200))
  },
})
