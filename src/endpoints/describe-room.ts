import {
  CALL_FLAG,
  CONVERSATION_TYPE,
  LISTABLE,
  LOBBY_STATE,
  NOTIFICATION_LEVEL,
  PARTICIPANT_TYPE,
  PERMISSION,
  READ_ONLY,
  RECORDING_CONSENT,
  UNREAD_FIRST_MESSAGE,
} from '../constants.js'
import type { Participant } from '../rules/find-participant.js'
import { lastPingOf } from '../rules/liveness.js'
import { callRecordingOf } from '../rules/recording-state.js'
import {
  canStartCall,
  effectivePermissions,
  hasModeratorRights,
  isBlockedByLobby,
  isGuest,
  isOwnerOrModerator,
} from '../rules/permissions.js'
import { canUserEnableSip, isSipCompatible, isSipConfigured, sipFieldsOf } from '../rules/sip-dial-in.js'
import { visibleStatus } from '../rules/visible-status.js'
import type { Conversation } from '../world/schemas.js'
import { sha1 } from '../world/sha1.js'
import type { World } from '../world/world.js'
import { namesFor } from './one-to-one-names.js'

/**
 * The conversation object of Talk's API (`TalkRoom`), as `RoomFormatter::formatRoomV4` builds it,
 * its keys in Talk's order. `lastMessage` and the 1-1 `status*` fields are present only when
 * Talk sends them. `Divergence:` the mock has no chat, so there is never a `lastMessage` and the
 * unread counters stay 0 (Talk counts a user's unread first message as 1).
 * @example
 * const room: TalkRoom = describeRoom(world, participant)
 */
export type TalkRoom = ReturnType<typeof roomDefaults> & {
  invitedActorId?: string
  remoteServer?: string
  remoteToken?: string
  status?: string
  statusIcon?: null
  statusMessage?: null
  statusClearAt?: null
}

/**
 * The conversation as Talk shows it to a participant: everything, with the lobby's early
 * return for a participant it keeps out (no call, nothing unread, no right to start a call).
 * Pass `withStatus: false` where Talk fetched no user statuses (`GET /room` without `includeStatus`).
 * @example
 * describeRoom(world, participant).canStartCall
 */
export function describeRoom(world: World, participant: Participant, withStatus = true): TalkRoom {
  const { conversation, attendee, session } = participant
  const room: TalkRoom = roomDefaults(world, conversation)
  const names = namesFor(world, conversation, attendee)
  const permissions = effectivePermissions(world, conversation, attendee)
  Object.assign(room, {
    name: conversation.name,
    displayName: names.displayName,
    objectType: conversation.objectType,
    objectId: conversation.objectId,
    participantType: attendee.participantType,
    readOnly: conversation.readOnly,
    hasCall: conversation.activeSince !== null,
    callStartTime: conversation.activeSince ?? 0,
    callRecording: callRecordingOf(world, conversation),
    lastActivity: conversation.lastActivity,
    callFlag: conversation.callFlag,
    isFavorite: attendee.isFavorite,
    notificationLevel: notificationLevelOf(conversation, participant),
    notificationCalls: attendee.notificationCalls,
    lobbyState: conversation.lobbyState,
    lobbyTimer: conversation.lobbyTimer,
    actorType: attendee.actorType,
    actorId: attendee.actorId,
    attendeeId: attendee.id,
    permissions,
    attendeePermissions: attendee.permissions,
    callPermissions: PERMISSION.DEFAULT,
    defaultPermissions: conversation.defaultPermissions,
    description: conversation.description,
    listable: conversation.listable,
    messageExpiration: conversation.messageExpiration,
    mentionPermissions: conversation.mentionPermissions,
    isArchived: attendee.isArchived,
    isImportant: attendee.isImportant,
    isSensitive: attendee.isSensitive,
  })
  Object.assign(room, sipFieldsOf(world, conversation, attendee))
  if (conversation.remoteServer !== '') {
    Object.assign(room, { remoteServer: conversation.remoteServer, remoteToken: conversation.remoteToken })
  }
  if (session) {
    Object.assign(room, {
      participantFlags: session.inCall,
      lastPing: lastPingOf(world, session),
      sessionId: session.sessionId,
    })
  }
  if (attendee.actorType === 'users') {
    room.canDeleteConversation = !isOneToOne(conversation) && isOwnerOrModerator(attendee)
    room.canLeaveConversation = conversation.type !== CONVERSATION_TYPE.NOTE_TO_SELF
  } else if (attendee.actorType === 'emails') {
    room.invitedActorId = attendee.invitedCloudId
  }
  if (isBlockedByLobby(world, conversation, attendee)) {
    // Talk returns here: no call and nothing unread for someone the lobby keeps out.
    room.hasCall = false
    return room
  }
  room.canStartCall = canStartCall(world, conversation, attendee)
  const user = attendee.actorType === 'users' ? world.users.get(attendee.actorId) : undefined
  if (user) {
    room.canEnableSIP =
      isSipConfigured(world) &&
      isSipCompatible(conversation) &&
      hasModeratorRights(attendee) &&
      canUserEnableSip(world, user)
  }
  if (conversation.type === CONVERSATION_TYPE.ONE_TO_ONE) {
    room.name = names.name
    const other = world.users.get(names.name)
    if (withStatus && other && attendee.actorType === 'users') {
      Object.assign(room, { status: visibleStatus(other), statusIcon: null, statusMessage: null, statusClearAt: null })
    }
  }
  room.lastReadMessage = UNREAD_FIRST_MESSAGE
  return room
}

/**
 * The conversation as Talk shows it to someone who is not a participant: a listable one shows
 * its name, description and call state; any other only its id, token, type, password and avatar.
 * @example
 * describeRoomToOutsider(world, room).hasCall // false unless the room is listable and in a call
 */
export function describeRoomToOutsider(world: World, conversation: Conversation): TalkRoom {
  const room: TalkRoom = roomDefaults(world, conversation)
  if (conversation.listable === LISTABLE.NONE) return room
  return Object.assign(room, {
    name: conversation.name,
    displayName: conversation.name,
    description: conversation.description,
    objectType: conversation.objectType,
    objectId: conversation.objectId,
    readOnly: conversation.readOnly,
    hasCall: conversation.activeSince !== null,
    lastActivity: conversation.lastActivity,
    callFlag: conversation.callFlag,
    lobbyState: conversation.lobbyState,
    lobbyTimer: conversation.lobbyTimer,
    listable: conversation.listable,
    sipEnabled: conversation.sipEnabled,
    callStartTime: conversation.activeSince ?? 0,
    callRecording: callRecordingOf(world, conversation),
  })
}

/** What every view starts from: Talk's defaults and the few fields anyone may see. */
function roomDefaults(world: World, conversation: Conversation) {
  const consentSetting = world.settings.recordingConsent
  return {
    id: conversation.id,
    token: conversation.token,
    type: conversation.type,
    name: '',
    displayName: '',
    objectType: '',
    objectId: '',
    participantType: PARTICIPANT_TYPE.GUEST as number,
    participantFlags: CALL_FLAG.DISCONNECTED as number,
    readOnly: READ_ONLY.READ_WRITE as number,
    hasPassword: conversation.password !== '',
    hasCall: false,
    callStartTime: 0,
    callRecording: 0,
    canStartCall: false,
    lastActivity: 0,
    lastReadMessage: 0,
    unreadMessages: 0,
    unreadMention: false,
    unreadMentionDirect: false,
    isFavorite: false,
    canLeaveConversation: false,
    canDeleteConversation: false,
    notificationLevel: NOTIFICATION_LEVEL.NEVER as number,
    notificationCalls: 0,
    lobbyState: LOBBY_STATE.NONE as number,
    lobbyTimer: 0,
    lastPing: 0,
    sessionId: '0',
    // Off and without PIN unless the server's SIP bridge is configured (see `sipFieldsOf`).
    sipEnabled: 0,
    actorType: '',
    actorId: '',
    attendeeId: 0,
    permissions: PERMISSION.CUSTOM as number,
    attendeePermissions: PERMISSION.CUSTOM as number,
    callPermissions: PERMISSION.CUSTOM as number,
    defaultPermissions: PERMISSION.CUSTOM as number,
    canEnableSIP: false,
    attendeePin: '' as string | null,
    description: '',
    lastCommonReadMessage: 0,
    listable: LISTABLE.NONE as number,
    callFlag: CALL_FLAG.DISCONNECTED as number,
    messageExpiration: 0,
    avatarVersion: avatarVersionOf(conversation),
    isCustomAvatar: false,
    breakoutRoomMode: 0,
    breakoutRoomStatus: 0,
    recordingConsent: consentSetting === RECORDING_CONSENT.OPTIONAL ? conversation.recordingConsent : consentSetting,
    mentionPermissions: 0,
    liveTranscriptionLanguageId: '',
    isArchived: false,
    isImportant: false,
    isSensitive: false,
  }
}

/** A level of 0 means the conversation type's default (`RoomFormatter`). */
function notificationLevelOf(conversation: Conversation, { attendee }: Participant): number {
  if (attendee.notificationLevel !== NOTIFICATION_LEVEL.DEFAULT) return attendee.notificationLevel
  if (isGuest(attendee)) return NOTIFICATION_LEVEL.NEVER
  if (isOneToOne(conversation)) return NOTIFICATION_LEVEL.ALWAYS
  // The server setting `default_group_notification` at its default.
  return NOTIFICATION_LEVEL.MENTION
}

function isOneToOne(conversation: Conversation): boolean {
  return conversation.type === CONVERSATION_TYPE.ONE_TO_ONE || conversation.type === CONVERSATION_TYPE.ONE_TO_ONE_FORMER
}

/**
 * `Divergence:` Talk's avatar version is the md5 of the default avatar's path on the server; the
 * mock uses a stable value per kind of default avatar, which changes exactly when Talk's would.
 */
function avatarVersionOf(conversation: Conversation): string {
  return isOneToOne(conversation) ? USER_AVATAR_VERSION : GROUP_AVATAR_VERSION
}

const USER_AVATAR_VERSION = sha1('avatar-user').slice(0, 8)
const GROUP_AVATAR_VERSION = sha1('avatar-group').slice(0, 8)
