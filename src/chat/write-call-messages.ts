import type { Message } from '../world/message-schema.js'
import type { Attendee, Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { SYSTEM_ACTOR_ID } from './actor-parameter.js'
import type { CallEndedParameters } from './call-ended-text.js'

/**
 * Writes the system message of someone entering the call (`SystemMessage\Listener`, before the
 * session's flags change): `call_started` when nobody else is actively in it (silent when the
 * call is started silently), `call_joined` otherwise.
 * @example
 * await writeCallJoined(world, room, attendee, { startsCall: true, silent: false })
 */
export function writeCallJoined(
  world: World,
  conversation: Conversation,
  attendee: Attendee,
  how: { startsCall: boolean; silent: boolean },
): Promise<Message> {
  const name = how.startsCall ? 'call_started' : 'call_joined'
  return writeSystemMessage(world, conversation, attendee, name, {}, how.startsCall && how.silent)
}

/**
 * Writes `call_left` for a session that left the call (not when the call was ended for everyone,
 * nor when moderation disconnected it: Talk writes none then).
 * @example
 * await writeCallLeft(world, room, attendee)
 */
export function writeCallLeft(world: World, conversation: Conversation, attendee: Attendee): Promise<Message> {
  return writeSystemMessage(world, conversation, attendee, 'call_left', {})
}

/**
 * Writes the end of a call (`Activity\Listener::generateCallActivity`), before the call's start
 * is forgotten: everyone who joined since it started (users, federated users, and how many
 * guests), and how long it ran. A one-to-one call only its caller joined is `call_missed`; a call
 * ended by a moderator for everyone `call_ended_everyone`; any other `call_ended`. `endedBy` is
 * who ended it; `null` is the system (the last one closed the conversation, or went away).
 * @example
 * await writeCallEnded(world, room, moderator, { forEveryone: true })
 */
export async function writeCallEnded(
  world: World,
  conversation: Conversation,
  endedBy: Attendee | null,
  how: { forEveryone: boolean },
): Promise<Message | undefined> {
  const since = conversation.activeSince
  if (since === null) return undefined
  const joined = world.attendees.inGroup(conversation.token).filter((attendee) => attendee.lastJoinedCall >= since)
  const actorsOf = (type: string) => joined.filter((a) => a.actorType === type).map((a) => a.actorId)
  const parameters: CallEndedParameters = {
    users: actorsOf('users'),
    cloudIds: actorsOf('federated_users'),
    guests: joined.filter((attendee) => attendee.actorType === 'guests' || attendee.actorType === 'emails').length,
    duration: world.clock.seconds() - since,
  }
  const oneToOne = conversation.type === 1 || conversation.type === 5
  const name =
    oneToOne && parameters.users.length === 1 ? 'call_missed' : how.forEveryone ? 'call_ended_everyone' : 'call_ended'
  const actor = endedBy ?? { actorType: 'guests' as const, actorId: SYSTEM_ACTOR_ID }
  return writeSystemMessage(world, conversation, actor, name, { ...parameters })
}

/** A system message now, as the conversation's latest activity (`RoomService::setLastMessage`). */
async function writeSystemMessage(
  world: World,
  conversation: Conversation,
  actor: Pick<Attendee, 'actorType' | 'actorId'>,
  name: string,
  parameters: Record<string, unknown>,
  silent = false,
): Promise<Message> {
  const { actorType, actorId } = actor
  const message = await world.addMessage(conversation.token, {
    actorType,
    actorId,
    systemMessage: name,
    parameters,
    silent,
  })
  const room = world.conversations.get(conversation.token)
  if (room) await world.conversations.update(room, (draft) => void (draft.lastActivity = message.timestamp))
  return message
}
