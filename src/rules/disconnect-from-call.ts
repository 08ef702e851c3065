import { CALL_FLAG } from '../constants.js'
import type { Attendee } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * Takes every in-call session of a conversation whose attendee matches `who` out of the call,
 * as moderation does (`ParticipantService::changeInCall(..., FLAG_DISCONNECTED)`); a phone
 * attendee loses its SIP call id. Like Talk, it leaves the conversation's call state alone.
 * @example
 * await disconnectFromCall(world, 'abc123', (attendee) => !hasModeratorRights(attendee))
 */
export async function disconnectFromCall(
  world: World,
  token: string,
  who: (attendee: Attendee) => boolean = () => true,
): Promise<void> {
  for (const session of world.sessionsIn(token)) {
    const attendee = world.attendees.get(session.attendeeId)
    if (session.inCall === CALL_FLAG.DISCONNECTED || !attendee || !who(attendee)) continue
    await world.sessions.update(session, (draft) => void (draft.inCall = CALL_FLAG.DISCONNECTED))
    if (attendee.actorType === 'phones') await world.attendees.update(attendee, (draft) => void (draft.callId = ''))
  }
}
