import { CALL_FLAG, CALL_RECORDING, SESSION_TIMEOUT } from '../constants.js'
import { callRecordingOf } from './recording-state.js'
import type { Conversation, Session } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { lastPingOf } from './liveness.js'

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
 * if (!someoneElseInCall(world, room.token, session)) await endCall(world, room)
 */
export function someoneElseInCall(world: World, token: string, except?: Session): boolean {
  return world.sessionsIn(token).some((s) => s.sessionId !== except?.sessionId && isAliveInCall(world, s))
}

/**
 * Ends the running call: no start time, no call flag; Talk's "call ended" message is the
 * conversation's latest activity. A recording stops with the call (`Divergence:` Talk's
 * recording server notices the call ended and reports `stopped` a moment later; the mock's at
 * once); a failed one stays failed.
 * @example
 * await endCall(world, room)
 */
export async function endCall(world: World, conversation: Conversation): Promise<Conversation> {
  return world.conversations.update(conversation, (draft) => {
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
 * @example
 * await enterCall(world, { conversation: room, session }, CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO)
 */
export async function enterCall(
  world: World,
  participant: { conversation: Conversation; session: Session },
  flags: number,
  callFlags: number = flags,
): Promise<void> {
  const now = world.clock.seconds()
  const { conversation, session } = participant
  await world.sessions.update(session, (draft) => {
    draft.inCall = flags
  })
  const attendee = world.attendees.get(session.attendeeId)
  if (attendee) await world.attendees.update(attendee, (draft) => void (draft.lastJoinedCall = now))
  if (flags === CALL_FLAG.DISCONNECTED) return
  await world.conversations.update(conversation, (draft) => {
    draft.callFlag |= callFlags
    // Talk's "call started" message is the conversation's latest activity.
    if (draft.activeSince === null) draft.lastActivity = now
    draft.activeSince ??= now
  })
}

/**
 * Takes a session out of the call; the call ends when nobody else is left in it.
 * @example
 * await leaveCall(world, room, session)
 */
export async function leaveCall(world: World, conversation: Conversation, session: Session): Promise<void> {
  if (session.inCall !== CALL_FLAG.DISCONNECTED) {
    await world.sessions.update(session, (draft) => void (draft.inCall = CALL_FLAG.DISCONNECTED))
  }
  const current = world.conversations.get(conversation.token) ?? conversation
  if (current.activeSince !== null && !someoneElseInCall(world, current.token, session)) {
    await endCall(world, current)
  }
}

/**
 * Disconnects every session from the call and ends it (`endCallForEveryone`).
 * @example
 * await endCallForEveryone(world, room)
 */
export async function endCallForEveryone(world: World, conversation: Conversation): Promise<void> {
  for (const session of world.sessionsIn(conversation.token)) {
    if (session.inCall !== CALL_FLAG.DISCONNECTED) {
      await world.sessions.update(session, (draft) => void (draft.inCall = CALL_FLAG.DISCONNECTED))
    }
  }
  await endCall(world, conversation)
}
