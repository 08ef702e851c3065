// GET /ocs/v2.php/apps/spreed/api/v4/call/{token}/notification-state (call_notification-state)
// Whether a ringing phone or desktop should keep ringing; always `data: null`:
// 200 keep ringing (a call runs and the user has not joined it since it started, or joined and
// left once it is over 60 s old: a moderator may ring again); 201 no call any more (show
// "missed call"); 404 stop (no such conversation or not an attendee, a session of the user is
// in the call, or the user joined and left a call younger than 60 s); 401 anonymous guests
// (the route is not public). Talk's middleware does not run: no lobby, no session ping.
// Left out: 403 for a request without a user (the core's 401 answers it first).
import { CALL_FLAG } from '../constants.js'
import { findConversation } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'

/** Seconds of initial ringing plus the worst push delay, after which a user who left is rung again. */
const RING_AGAIN_AFTER = 45 + 15

/**
 * Mobile and desktop ringing (`ParticipantService::checkIfUserIsMissingCall`).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}/notification-state`, { headers })
 */
export const getCallNotificationState = defineEndpoint({
  operationId: 'call_notification-state',
  method: 'GET',
  path: '/call/{token}/notification-state',
  apiVersions: ['v4'],
  publicPage: false,
  async handle({ world, caller, path }) {
    if (caller.kind !== 'user') return controllerOutcome(403, null)
    const conversation = await findConversation(world, path.token!)
    const attendee = conversation && world.findAttendee(conversation.token, 'users', caller.userId)
    if (!conversation || !attendee) return controllerOutcome(404, null)
    const { activeSince } = conversation
    if (activeSince === null) return controllerOutcome(201, null)
    const inCall = world
      .sessionsIn(conversation.token)
      .some((session) => session.attendeeId === attendee.id && session.inCall !== CALL_FLAG.DISCONNECTED)
    if (inCall) return controllerOutcome(404, null)
    if (activeSince >= attendee.lastJoinedCall) return controllerOutcome(200, null)
    if (activeSince + RING_AGAIN_AFTER < world.clock.seconds()) return controllerOutcome(200, null)
    return controllerOutcome(404, null)
  },
})
