import { CALL_FLAG, CONVERSATION_TYPE, PERMISSION } from '../../constants.js'
import type { CallState } from './call-session.js'
import { isModerator } from './room.js'

const TYPES_WITHOUT_CALLS: readonly number[] = [CONVERSATION_TYPE.CHANGELOG, CONVERSATION_TYPE.NOTE_TO_SELF]

/**
 * What the screen derives from the state, with Talk's own rules: the lobby screen
 * (`isInLobby`), the read-only notice, and why Talk would disable a button.
 * @example
 * const view = viewOf(session.state)
 * if (view.inLobby) showLobby()
 */
export function viewOf(state: CallState) {
  const room = state.phase === 'joined' ? state.room : undefined
  const moderator = room ? isModerator(room) : false
  const blockedByLobby =
    room !== undefined && room.lobbyState !== 0 && !moderator && !(room.permissions & PERMISSION.LOBBY_IGNORE)
  const inLobby =
    room !== undefined &&
    (state.peersStatus === 412 || state.lobbyAnswered || (state.peersStatus === undefined && blockedByLobby))
  const readOnly = room !== undefined && room.readOnly === 1
  // Calls disabled on the server (or a read-only room) answer 403 to the peer list.
  const callsForbidden = room !== undefined && state.peersStatus === 403
  const callRunning = state.peersStatus === 200 ? (state.peers?.length ?? 0) > 0 : (room?.hasCall ?? false)
  const inCall = (state.inCall & CALL_FLAG.IN_CALL) !== 0

  // Talk disables the call button when `(!canStartCall && !hasCall) || blockedByLobby || readOnly`.
  let joinBlockedBy: string | undefined
  if (room && TYPES_WITHOUT_CALLS.includes(room.type)) joinBlockedBy = 'this kind of conversation has no calls'
  else if (readOnly) joinBlockedBy = 'the conversation is read-only'
  else if (blockedByLobby) joinBlockedBy = 'the lobby is active and you are not a moderator'
  else if (room && !room.canStartCall && !callRunning) joinBlockedBy = 'you may not start a call and none is running'

  const mayPublish = (bit: number) => room === undefined || (room.permissions & bit) !== 0
  return {
    room,
    moderator,
    inLobby,
    readOnly,
    callsForbidden,
    callRunning,
    inCall,
    joinBlockedBy,
    mayPublishAudio: mayPublish(PERMISSION.PUBLISH_AUDIO),
    mayPublishVideo: mayPublish(PERMISSION.PUBLISH_VIDEO),
    consentAsked: room !== undefined && room.recordingConsent !== 0,
  }
}

/** What `viewOf` derives. @example const view: CallView = viewOf(state) */
export type CallView = ReturnType<typeof viewOf>
