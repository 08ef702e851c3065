import {
  CONVERSATION_TYPE,
  PARTICIPANT_TYPE,
  PERMISSION,
  PERMISSIONS_MAX_DEFAULT,
  SERVER_DEFAULT_PERMISSIONS,
  START_CALLS,
} from '../constants.js'
import type { Attendee, Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'

const MODERATOR_TYPES: readonly number[] = [
  PARTICIPANT_TYPE.OWNER,
  PARTICIPANT_TYPE.MODERATOR,
  PARTICIPANT_TYPE.GUEST_MODERATOR,
]

/**
 * Whether an attendee has moderator rights as calls see them (owner, moderator, guest moderator).
 * @example
 * hasModeratorRights({ participantType: PARTICIPANT_TYPE.GUEST_MODERATOR }) // true
 */
export function hasModeratorRights(attendee: Pick<Attendee, 'participantType'>): boolean {
  return MODERATOR_TYPES.includes(attendee.participantType)
}

/**
 * Whether an attendee moderates without being a guest (`hasModeratorPermissions(false)`): an
 * owner or a moderator. Deleting a conversation and sending `control` signaling need it.
 * @example
 * isOwnerOrModerator({ participantType: PARTICIPANT_TYPE.GUEST_MODERATOR }) // false
 */
export function isOwnerOrModerator(attendee: Pick<Attendee, 'participantType'>): boolean {
  return attendee.participantType === PARTICIPANT_TYPE.OWNER || attendee.participantType === PARTICIPANT_TYPE.MODERATOR
}

/**
 * Whether an attendee is a guest in Talk's sense (guest or guest moderator).
 * @example
 * isGuest({ participantType: PARTICIPANT_TYPE.GUEST }) // true
 */
export function isGuest(attendee: Pick<Attendee, 'participantType'>): boolean {
  return (
    attendee.participantType === PARTICIPANT_TYPE.GUEST || attendee.participantType === PARTICIPANT_TYPE.GUEST_MODERATOR
  )
}

/**
 * The permissions that apply to an attendee (`Participant::getPermissions()`): moderators get
 * everything; others their own, else the conversation's default, else the server's.
 * @example
 * effectivePermissions(world, room, attendee) & PERMISSION.PUBLISH_VIDEO
 */
export function effectivePermissions(world: World, conversation: Conversation, attendee: Attendee): number {
  if (hasModeratorRights(attendee)) return PERMISSIONS_MAX_DEFAULT
  if (attendee.permissions !== PERMISSION.DEFAULT) return attendee.permissions
  if (conversation.defaultPermissions !== PERMISSION.DEFAULT) return conversation.defaultPermissions
  return world.settings.defaultPermissions || SERVER_DEFAULT_PERMISSIONS
}

/**
 * Whether an attendee may start a call (`Participant::canStartCall()`).
 * @example
 * if (!canStartCall(world, room, attendee)) showDisabledCallButton()
 */
export function canStartCall(world: World, conversation: Conversation, attendee: Attendee): boolean {
  if (conversation.type === CONVERSATION_TYPE.NOTE_TO_SELF) return false
  const { startCalls } = world.settings
  if (startCalls === START_CALLS.NOBODY) return false
  if (!(effectivePermissions(world, conversation, attendee) & PERMISSION.START_CALL)) return false
  if (startCalls === START_CALLS.EVERYONE) return true
  if (startCalls === START_CALLS.USERS) return !isGuest(attendee) || hasModeratorRights(attendee)
  return hasModeratorRights(attendee)
}

/**
 * Whether the lobby keeps an attendee out (`checkLobbyState`): a lobby is on and the attendee
 * neither moderates nor may ignore it.
 * @example
 * if (isBlockedByLobby(world, room, attendee)) return middlewareFailure(412)
 */
export function isBlockedByLobby(world: World, conversation: Conversation, attendee: Attendee): boolean {
  if (conversation.lobbyState === 0) return false
  if (hasModeratorRights(attendee)) return false
  return !(effectivePermissions(world, conversation, attendee) & PERMISSION.LOBBY_IGNORE)
}
