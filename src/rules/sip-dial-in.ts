import { CONVERSATION_TYPE, SIP_STATE } from '../constants.js'
import type { Attendee, Conversation, User } from '../world/schemas.js'
import { sha1 } from '../world/sha1.js'
import type { World } from '../world/world.js'
import { SIP_INCOMPATIBLE } from '../world/token-rules.js'

/** How many digits a PIN has (`ParticipantService::generatePin`). */
const PIN_LENGTH = 7

/**
 * Whether the server's SIP bridge is configured (`Config::isSIPConfigured`).
 * @example
 * if (!isSipConfigured(world)) return controllerOutcome(412, { error: 'config' })
 */
export function isSipConfigured(world: World): boolean {
  return world.settings.sipBridge === 'configured'
}

/**
 * Whether a user may turn SIP dial-in on (`Config::canUserEnableSIP`): anyone while no SIP
 * group is set, else members of one of them.
 * @example
 * canUserEnableSip(world, world.users.get('alice')!)
 */
export function canUserEnableSip(world: World, user: User): boolean {
  const { sipGroups } = world.settings
  return sipGroups.length === 0 || user.groups.some((group) => sipGroups.includes(group))
}

/**
 * Whether a conversation can have SIP dial-in: a group or public one with a numeric token.
 * @example
 * isSipCompatible(room) // false for 'abc123'
 */
export function isSipCompatible(conversation: Conversation): boolean {
  const typeAllows = conversation.type === CONVERSATION_TYPE.GROUP || conversation.type === CONVERSATION_TYPE.PUBLIC
  return typeAllows && !SIP_INCOMPATIBLE.test(conversation.token)
}

/**
 * An attendee's dial-in PIN as Talk shows it while dial-in is on: users and e-mail guests get
 * one when they first need it, others have none (`null`). `Divergence:` Talk draws it from a
 * secure random source and stores it; the mock derives it from the conversation and the
 * attendee (7 digits, no leading 0, no digit twice in a row, as Talk's), so it is stable and
 * the same for attendees who join later, without a write.
 * @example
 * attendeePinOf(room, attendee) // '3816274'
 */
export function attendeePinOf(conversation: Conversation, attendee: Attendee): string | null {
  if (attendee.pin !== '') return attendee.pin
  if (attendee.actorType !== 'users' && attendee.actorType !== 'emails') return null
  const hash = sha1(`pin:${conversation.token}:${attendee.id}`)
  let pin = ''
  let last = '0'
  for (let index = 0; index < PIN_LENGTH; index++) {
    const digits = '0123456789'.replace(last, '')
    last = digits[parseInt(hash.slice(index * 2, index * 2 + 2), 16) % digits.length]!
    pin += last
  }
  return pin
}

/**
 * The conversation's SIP fields in the participant's view (`RoomFormatter`): nothing unless
 * the bridge is configured; then `sipEnabled`, and the caller's PIN while dial-in is on.
 * @example
 * Object.assign(room, sipFieldsOf(world, conversation, attendee))
 */
export function sipFieldsOf(
  world: World,
  conversation: Conversation,
  attendee: Attendee,
): { sipEnabled?: number; attendeePin?: string | null } {
  if (!isSipConfigured(world)) return {}
  if (conversation.sipEnabled === SIP_STATE.DISABLED) return { sipEnabled: conversation.sipEnabled }
  return { sipEnabled: conversation.sipEnabled, attendeePin: attendeePinOf(conversation, attendee) }
}
