import { CALL_RECORDING } from '../constants.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * The conversation's `callRecording` now: a starting recording (3/4) has become what the
 * recording server reported (1/2 running, or 5 failed) once the clock reached its settling
 * time. Derived at read time, so a still clock moved by hand and a running one agree.
 * @example
 * callRecordingOf(world, room) === CALL_RECORDING.VIDEO // running
 */
export function callRecordingOf(world: World, conversation: Conversation): number {
  const { callRecording, recordingSettlesAt, recordingSettlesTo } = conversation
  const starting = callRecording === CALL_RECORDING.VIDEO_STARTING || callRecording === CALL_RECORDING.AUDIO_STARTING
  if (starting && recordingSettlesAt !== 0 && world.clock.seconds() >= recordingSettlesAt) return recordingSettlesTo
  return callRecording
}

/**
 * Asks the world's recording server to record with `status` (1 video, 2 audio): the
 * conversation shows "starting" (3/4) until the server's start delay has passed, then running,
 * or failed while the server setting is `'failing'`.
 * @example
 * await requestRecording(world, room, CALL_RECORDING.AUDIO)
 */
export async function requestRecording(world: World, conversation: Conversation, status: number): Promise<void> {
  const { recording, recordingStartDelay } = world.settings
  await world.conversations.update(conversation, (draft) => {
    draft.callRecording =
      status === CALL_RECORDING.VIDEO ? CALL_RECORDING.VIDEO_STARTING : CALL_RECORDING.AUDIO_STARTING
    draft.recordingSettlesAt = world.clock.seconds() + recordingStartDelay
    draft.recordingSettlesTo = recording === 'failing' ? CALL_RECORDING.FAILED : status
  })
}

/**
 * Writes the conversation's recording state, ending any pending start.
 * @example
 * await setCallRecording(world, room, CALL_RECORDING.NONE)
 */
export async function setCallRecording(
  world: World,
  conversation: Conversation,
  status: number,
): Promise<Conversation> {
  return world.conversations.update(conversation, (draft) => {
    draft.callRecording = status
    draft.recordingSettlesAt = 0
    draft.recordingSettlesTo = 0
  })
}
