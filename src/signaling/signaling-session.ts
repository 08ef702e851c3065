import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../constants.js'
import type { Caller } from '../rules/caller.js'
import type { Conversation, Session } from '../world/schemas.js'
import type { World } from '../world/world.js'

/** Participants Talk finds by session only in public conversations (`Manager::getRoomForSession`). */
const PUBLIC_ONLY: readonly number[] = [
  PARTICIPANT_TYPE.GUEST,
  PARTICIPANT_TYPE.GUEST_MODERATOR,
  PARTICIPANT_TYPE.USER_SELF_JOINED,
]

/**
 * The conversation a signaling session belongs to, as `Manager::getRoomForSession` finds it:
 * the session exists, its attendee is the caller (a user by id; a guest as a `guests` or
 * `emails` actor), and the conversation is public or the attendee neither a guest nor
 * self-joined; otherwise `undefined` (Talk: RoomNotFound, 404).
 * @example
 * const room = conversationOfSession(world, caller, sessionId)
 */
export function conversationOfSession(world: World, caller: Caller, sessionId: string): Conversation | undefined {
  const session: Session | undefined = world.sessions.get(sessionId)
  const attendee = session && world.attendees.get(session.attendeeId)
  if (!attendee) return undefined
  const mine =
    caller.kind === 'user'
      ? attendee.actorType === 'users' && attendee.actorId === caller.userId
      : attendee.actorType === 'guests' || attendee.actorType === 'emails'
  const conversation = mine ? world.conversations.get(attendee.token) : undefined
  if (!conversation) return undefined
  if (conversation.type !== CONVERSATION_TYPE.PUBLIC && PUBLIC_ONLY.includes(attendee.participantType)) return undefined
  return conversation
}

/**
 * How a poll whose session is gone ends (`pullMessages`): 409 when the conversation is still
 * there for the caller (and a user still an attendee): the session was killed, typically taken
 * over by a forced join elsewhere; 404 when the caller was removed or the conversation is gone.
 * @example
 * const status = statusOfGoneSession(world, caller, 'abc123') // 409 or 404
 */
export function statusOfGoneSession(world: World, caller: Caller, token: string): 409 | 404 {
  const conversation = world.conversations.get(token)
  if (!conversation) return 404
  if (caller.kind === 'user') {
    return world.findAttendee(token, 'users', caller.userId) ? 409 : 404
  }
  return conversation.type === CONVERSATION_TYPE.PUBLIC ? 409 : 404
}
