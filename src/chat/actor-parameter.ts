import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * A rich object parameter of a chat message (`{actor}`, `{user1}`, ...), as Talk's clients
 * render them: a user, a guest, a federated user, or a highlighted name.
 * @example
 * const actor: RichParameter = { type: 'user', id: 'alice', name: 'Alice', 'mention-id': 'alice' }
 */
export type RichParameter = Record<string, string>

/** Talk's actor id for a guest who is the system itself (a call ended by nobody, ...). @example SYSTEM_ACTOR_ID === 'system' */
export const SYSTEM_ACTOR_ID = 'system'

/**
 * A user as a rich parameter (`SystemMessage::getUser`); a user the world does not know (any
 * more) is Talk's "Deleted user".
 * @example
 * userParameter(world, 'alice') // { type: 'user', id: 'alice', name: 'Alice', 'mention-id': 'alice' }
 */
export function userParameter(world: World, userId: string): RichParameter {
  const user = world.users.get(userId)
  if (!user) return { type: 'highlight', id: 'deleted_users', name: 'Deleted user' }
  return { type: 'user', id: userId, name: user.displayName, 'mention-id': userId }
}

/**
 * The author of a system message as a rich parameter (`SystemMessage::getActor`): guests and
 * e-mail guests by their name in the conversation, phones highlighted, federated users with their
 * server, everyone else as a user.
 * @example
 * actorParameter(world, room, 'guests', 'system') // { type: 'guest', id: 'guest/system', name: 'System', ... }
 */
export function actorParameter(
  world: World,
  conversation: Conversation,
  actorType: string,
  actorId: string,
): RichParameter {
  if (actorType === 'guests' || actorType === 'emails') {
    const id = `${actorType === 'guests' ? 'guest' : 'email'}/${actorId}`
    return { type: 'guest', id, name: guestName(world, conversation, actorType, actorId), 'mention-id': id }
  }
  if (actorType === 'phones') {
    const name = world.findAttendee(conversation.token, 'phones', actorId)?.displayName ?? ''
    return { type: 'highlight', id: actorId, name: name || 'Unknown number' }
  }
  if (actorType === 'federated_users') return federatedParameter(world, conversation, actorId)
  return userParameter(world, actorId)
}

/**
 * A federated user as a rich parameter (`SystemMessage::getRemoteUser`): the user and server of
 * the cloud id, named as its attendee is.
 * @example
 * federatedParameter(world, room, 'dana@other.example') // { type: 'user', id: 'dana', server: 'other.example', ... }
 */
export function federatedParameter(world: World, conversation: Conversation, cloudId: string): RichParameter {
  const at = cloudId.lastIndexOf('@')
  const user = at === -1 ? cloudId : cloudId.slice(0, at)
  const server = at === -1 ? '' : cloudId.slice(at + 1)
  const name = world.findAttendee(conversation.token, 'federated_users', cloudId)?.displayName ?? cloudId
  return { type: 'user', id: user, name, server, 'mention-id': `federated_user/${user}@${server}` }
}

/** `SystemMessage::getGuestName`. */
function guestName(world: World, conversation: Conversation, actorType: string, actorId: string): string {
  if (actorId === 'cli') return 'Administration'
  if (actorId === SYSTEM_ACTOR_ID) return 'System'
  if (actorId === 'sample' || actorId === 'changelog') return 'Guest'
  const attendee = world.findAttendee(conversation.token, actorType, actorId)
  if (!attendee) return 'Guest'
  const name = attendee.displayName === '' && actorType === 'emails' ? actorId : attendee.displayName
  return name === '' ? 'Guest' : `${name} (guest)`
}
