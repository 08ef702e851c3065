import { CALL_FLAG, RECORDING_CONSENT } from '../constants.js'
import type { Participant } from '../rules/find-participant.js'
import { canStartCall, effectivePermissions, isBlockedByLobby } from '../rules/permissions.js'
import type { World } from '../world/world.js'

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
    name: conversation.name,
    displayName: conversation.name,
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
    canStartCall: canStartCall(world, conversation, attendee),
    recordingConsent: consentSetting === RECORDING_CONSENT.OPTIONAL ? conversation.recordingConsent : consentSetting,
    lastPing: session?.lastPing ?? 0,
    sessionId: session?.sessionId ?? '0',
  }
}
