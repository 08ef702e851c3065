import {
  CALL_FLAG,
  LISTABLE,
  LOBBY_STATE,
  PARTICIPANT_TYPE,
  PERMISSION,
  READ_ONLY,
  RECORDING_CONSENT,
} from '../constants.js'
import type { Participant } from '../rules/find-participant.js'
import type { Conversation } from '../world/schemas.js'
import { canStartCall, effectivePermissions, isBlockedByLobby } from '../rules/permissions.js'
import type { World } from '../world/world.js'
import { namesFor } from './one-to-one-names.js'

/**
 * The conversation as Talk's `RoomFormatter` shows it to a participant, limited to the fields a
 * call UI reads (`Divergence:` chat, avatar and status fields are left out).
 * @example
 * describeRoom(world, participant).canStartCall
 */
export function describeRoom(world: World, participant: Participant) {
  const { conversation, attendee, session } = participant
  const blocked = isBlockedByLobby(world, conversation, attendee)
  const consentSetting = world.settings.recordingConsent
  return {
    token: conversation.token,
    type: conversation.type,
    ...namesFor(world, conversation, attendee),
    actorType: attendee.actorType,
    actorId: attendee.actorId,
    attendeeId: attendee.id,
    participantType: attendee.participantType,
    permissions: effectivePermissions(world, conversation, attendee),
    attendeePermissions: attendee.permissions,
    callPermissions: 0,
    defaultPermissions: conversation.defaultPermissions,
    participantFlags: session?.inCall ?? CALL_FLAG.DISCONNECTED,
    readOnly: conversation.readOnly,
    listable: conversation.listable,
    hasPassword: conversation.password !== '',
    lobbyState: conversation.lobbyState,
    lobbyTimer: conversation.lobbyTimer,
    hasCall: conversation.activeSince !== null && !blocked,
    callFlag: conversation.callFlag,
    callStartTime: conversation.activeSince ?? 0,
    callRecording: 0,
    // Talk shows a lobby-blocked participant neither the call nor the right to start one.
    canStartCall: !blocked && canStartCall(world, conversation, attendee),
    recordingConsent: consentSetting === RECORDING_CONSENT.OPTIONAL ? conversation.recordingConsent : consentSetting,
    lastPing: session?.lastPing ?? 0,
    sessionId: session?.sessionId ?? '0',
  }
}

/**
 * The conversation as Talk shows it to someone who is not a participant (`RoomFormatter` without
 * a participant): a listable conversation shows its call state, any other only its token, type
 * and whether it has a password.
 * @example
 * describeRoomToOutsider(world, room).hasCall // false unless the room is listable and in a call
 */
export function describeRoomToOutsider(world: World, conversation: Conversation) {
  const consentSetting = world.settings.recordingConsent
  const listed = conversation.listable !== LISTABLE.NONE
  return {
    token: conversation.token,
    type: conversation.type,
    name: listed ? conversation.name : '',
    displayName: listed ? conversation.name : '',
    actorType: '',
    actorId: '',
    attendeeId: 0,
    participantType: PARTICIPANT_TYPE.GUEST,
    permissions: PERMISSION.CUSTOM,
    attendeePermissions: PERMISSION.CUSTOM,
    callPermissions: PERMISSION.CUSTOM,
    defaultPermissions: PERMISSION.CUSTOM,
    participantFlags: CALL_FLAG.DISCONNECTED,
    readOnly: listed ? conversation.readOnly : READ_ONLY.READ_WRITE,
    listable: conversation.listable,
    hasPassword: conversation.password !== '',
    lobbyState: listed ? conversation.lobbyState : LOBBY_STATE.NONE,
    lobbyTimer: listed ? conversation.lobbyTimer : 0,
    hasCall: listed && conversation.activeSince !== null,
    callFlag: listed ? conversation.callFlag : CALL_FLAG.DISCONNECTED,
    callStartTime: listed ? (conversation.activeSince ?? 0) : 0,
    callRecording: 0,
    canStartCall: false,
    recordingConsent: consentSetting === RECORDING_CONSENT.OPTIONAL ? conversation.recordingConsent : consentSetting,
    lastPing: 0,
    sessionId: '0',
  }
}
