import { CONVERSATION_TYPE, LISTABLE } from '../constants.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import type { Caller } from './caller.js'

/**
 * Whether a caller may reach a conversation at all (`Manager::getRoomForUserByToken`): it is
 * public, or the caller is a user who is an attendee or for whom it is listable. Guests reach
 * public conversations only. Anything else answers 404.
 * @example
 * if (!canSeeConversation(world, room, caller)) return controllerOutcome(404)
 */
export function canSeeConversation(world: World, conversation: Conversation, caller: Caller): boolean {
  if (conversation.type === CONVERSATION_TYPE.PUBLIC) return true
  if (caller.kind !== 'user') return false
  return (
    conversation.listable !== LISTABLE.NONE ||
    world.findAttendee(conversation.token, 'users', caller.userId) !== undefined
  )
}
