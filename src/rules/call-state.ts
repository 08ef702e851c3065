import { CALL_FLAG, CALL_RECORDING, SESSION_TIMEOUT } from '../constants.js'
import { callRecordingOf } from './recording-state.js'
import type { Conversation, Session } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { lastPingOf } from './liveness.js'
import { writeCallEnded, writeCallJoined, writeCallLeft } from '../chat/write-call-messages.js'
import type { Attendee } from '../world/schemas.js'

/**
 * How a call ended, for its system message: who ended it (`null`: the system, when the last one
 * closed the conversation rather than leaving the call), and whether for everyone.
 * @example
 * await endCall(world, room, { by: moderator, forEveryone: true })
 */
export interface CallEnding {
  by: Attendee | null
  forEveryone?: boolean
}

/**
 * Whether a session counts as in the call right now: in call, and pinged within 30 s.
 * @example
 * world.sessionsIn(token).filter((s) => isAliveInCall(world, s))
 */
export function isAliveInCall(world: World, session: Session): boolean {
  return (
    session.inCall !== CALL_FLAG.DISCONNECTED && lastPingOf(world, session) >= world.clock.seconds() - SESSION_TIMEOUT
  )
}

/**
 * Whether anyone but `except` is actively in the conversation's call.
 * @example
 * if (!someoneElseInCall(world, room.token, session)) await endCall(world, room, { by: null })
 */
export function someoneElseInCall(world: World, token: string, except?: Session): boolean {
  return world.sessionsIn(token).some((s) => s.sessionId !== except?.sessionId && isAliveInCall(world, s))
}

/**
 * Ends the running call: no start time, no call flag; Talk's "call ended" message (written with
 * `ending`, see `writeCallEnded`) is the conversation's latest activity. A recording stops with the call (`Divergence:` Talk's
 * recording server notices the call ended and reports `stopped` a moment later; the mock's at
 * once); a failed one stays failed.
 * @example
 * await endCall(world, room, { by: null })
 */
export async function endCall(world: World, conversation: Conversation, ending: CallEnding): Promise<Conversation> {
  const current = world.conversations.get(conversation.token) ?? conversation
  await writeCallEnded(world, current, ending.by, { forEveryone: ending.forEveryone ?? false })
  return world.conversations.update(current, (draft) => {
    draft.activeSince = null
    draft.callFlag = 0
    draft.lastActivity = world.clock.seconds()
    const failed = callRecordingOf(world, draft) === CALL_RECORDING.FAILED
    draft.callRecording = failed ? CALL_RECORDING.FAILED : CALL_RECORDING.NONE
    draft.recordingSettlesAt = 0
    draft.recordingSettlesTo = 0
  })
}

/**
 * Puts a session into the call with `flags`, starting the call when none runs, and merging
 * `callFlags` into the conversation's `callFlag` (`ParticipantService::changeInCall`, then
 * `RoomService::setActiveSince`, which Talk hands the flags as requested, before stripping).
 * Entering writes `call_started` (`silent` for a silent call) or, when someone else is actively
 * in the call, `call_joined`.
 * @example
 * await enterCall(world, { conversation: room, session }, CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO)
 */
export async function enterCall(
  world: World,
  participant: { conversation: Conversation; session: Session },
  flags: number,
  callFlags: number = flags,
  silent = false,
): Promise<void> {
  const now = world.clock.seconds()
  const { conversation, session } = participant
  const attendee = world.attendees.get(session.attendeeId)
  if (attendee && session.inCall === CALL_FLAG.DISCONNECTED && flags !== CALL_FLAG.DISCONNECTED) {
    const startsCall = !someoneElseInCall(world, conversation.token, session)
    await writeCallJoined(world, conversation, attendee, { startsCall, silent })
  }
  await world.sessions.update(session, (draft) => {
    draft.inCall = flags
  })
  if (attendee) await world.attendees.update(attendee, (draft) => void (draft.lastJoinedCall = now))
  if (flags === CALL_FLAG.DISCONNECTED) return
  await world.conversations.update(world.conversations.get(conversation.token) ?? conversation, (draft) => {
    draft.callFlag |= callFlags
    // Talk's "call started" message is the conversation's latest activity.
    if (draft.activeSince === null) draft.lastActivity = now
    draft.activeSince ??= now
  })
}

/**
 * Takes a session out of the call (writing `call_left`); the call ends when nobody else is left
 * in it, ended by the one who left, or by the system when they closed the conversation
 * (`endedBySystem`, Talk's `resetCallStateWhenNeeded`).
 * @example
 * await leaveCall(world, room, session)
 */
export async function leaveCall(
  world: World,
  conversation: Conversation,
  session: Session,
  { endedBySystem = false } = {},
): Promise<void> {
  const attendee = world.attendees.get(session.attendeeId)
  if (session.inCall !== CALL_FLAG.DISCONNECTED) {
    await world.sessions.update(session, (draft) => void (draft.inCall = CALL_FLAG.DISCONNECTED))
    if (attendee) await writeCallLeft(world, conversation, attendee)
  }
  const current = world.conversations.get(conversation.token) ?? conversation
  if (current.activeSince !== null && !someoneElseInCall(world, current.token, session)) {
    await endCall(world, current, { by: endedBySystem ? null : (attendee ?? null) })
  }
}

/**
 * Disconnects every session from the call and ends it (`endCallForEveryone`): one
 * `call_ended_everyone` naming the moderator, no `call_left` for anyone.
 * @example
 * await endCallForEveryone(world, room, moderator)
 */
export async function endCallForEveryone(world: World, conversation: Conversation, moderator: Attendee): Promise<void> {
  for (const session of world.sessionsIn(conversation.token)) {
    if (session.inCall !== CALL_FLAG.DISCONNECTED) {
      await world.sessions.update(session, (draft) => void (draft.inCall = CALL_FLAG.DISCONNECTED))
    }
  }
  await endCall(world, conversation, { by: moderator, forEveryone: true })
}
