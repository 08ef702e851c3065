import { CONVERSATION_TYPE } from '../constants.js'
import type { Attendee, Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * The `name` and `displayName` a participant sees for a conversation. A one-to-one
 * conversation stores its two user ids as a JSON list; each side sees the other's id as the name
 * and the other's display name (`RoomFormatter`, `Room::getDisplayName`).
 * @example
 * namesFor(world, room, attendee) // { name: 'bob', displayName: 'Bob Brown' } in alice's one-to-one with bob
 */
export function namesFor(world: World, conversation: Conversation, attendee: Attendee) {
  const other = conversation.type === CONVERSATION_TYPE.ONE_TO_ONE ? otherUser(conversation.name, attendee) : undefined
  if (other === undefined) return { name: conversation.name, displayName: conversation.name }
  return { name: other, displayName: world.users.get(other)?.displayName || other }
}

function otherUser(name: string, attendee: Attendee): string | undefined {
  let members: unknown
  try {
    members = JSON.parse(name)
  } catch {
    return undefined
  }
  if (!Array.isArray(members)) return undefined
  const other = members.find((member) => String(member) !== attendee.actorId)
  return other === undefined ? undefined : String(other)
}
