import { describeMessage } from '../chat/describe-message.js'
import { lastCommonRead } from '../chat/find-messages.js'
import type { Participant } from '../rules/find-participant.js'
import { controllerOutcome, type Outcome } from '../rules/outcome.js'
import type { Message } from '../world/message-schema.js'
import type { World } from '../world/world.js'

/**
 * The chat's answer to a list of messages (`ChatController::prepareCommentsAsDataResponse`): the
 * messages as the participant reads them, `X-Chat-Last-Given` naming the last one of the list
 * (the oldest of a history, the newest of a poll) and `X-Chat-Last-Common-Read`. No messages is
 * 304 without a body, or 200 `[]` when `lastCommonReadId` was given and the common read marker
 * moved from it (a 304 would lose the header).
 * @example
 * return answerMessages(world, participant, findMessages(world, token, query), 0)
 */
export function answerMessages(
  world: World,
  participant: Participant,
  messages: readonly Message[],
  lastCommonReadId: number,
): Outcome {
  const { conversation, attendee } = participant
  const commonRead = String(lastCommonRead(world, conversation.token))
  if (messages.length === 0) {
    if (lastCommonReadId !== 0 && String(lastCommonReadId) !== commonRead) {
      return { status: 200, data: [], headers: { 'X-Chat-Last-Common-Read': commonRead } }
    }
    return controllerOutcome(304)
  }
  const data = messages.map((message) => describeMessage(world, conversation, message, attendee))
  const headers = { 'X-Chat-Last-Given': String(messages.at(-1)!.id), 'X-Chat-Last-Common-Read': commonRead }
  return { status: 200, data, headers }
}
