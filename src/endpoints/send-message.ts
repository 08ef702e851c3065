// POST /ocs/v2.php/apps/spreed/api/v1/chat/{token} (chat-send-message)
// 201 the message (with `parent` when it replies), header X-Chat-Last-Common-Read; 400
// {error: message} blank, {error: reply-to} a reply to no replyable message of the conversation;
// 413 {error: message} past 32000 characters; 403 read-only or without the chat permission;
// 404 not a participant; 412 lobby; 422 a federated conversation whose server is unreachable.
import { describeMessage, isReplyable } from '../chat/describe-message.js'
import { lastCommonRead } from '../chat/find-messages.js'
import { PERMISSION } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import type { Participant } from '../rules/find-participant.js'
import { isFederated, remoteUnreachable } from '../rules/federation-proxy.js'
import { controllerOutcome, middlewareFailure, type Outcome } from '../rules/outcome.js'
import { toBool, toInt, toStr } from '../ocs/cast.js'
import { defineEndpoint, type EndpointContext } from './define-endpoint.js'

/** `ChatManager::MAX_CHAT_LENGTH`, in characters. */
const MAX_CHAT_LENGTH = 32000

/**
 * Sends a chat message as the caller: a user as themselves, a guest as their attendee (taking
 * `actorDisplayName` as their new name). It reaches the other participants' polls at once.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v1/chat/${token}`, { method: 'POST', headers, body: JSON.stringify({ message: 'Hi' }) })
 */
export const sendMessage = defineEndpoint({
  operationId: 'chat-send-message',
  method: 'POST',
  path: '/chat/{token}',
  apiVersions: ['v1'],
  followsApiVersions: false,
  async handle(context) {
    const { world, caller, path } = context
    const checked = await checkRequirements(world, caller, path.token!, {
      readWrite: true,
      moderatorOrNoLobby: true,
      permission: PERMISSION.CHAT,
      federationSupported: true,
    })
    if ('outcome' in checked) return checked.outcome
    if (isFederated(checked.participant.conversation) && remoteUnreachable(world)) return middlewareFailure(422)
    return send(context, checked.participant)
  },
})

async function send({ world, params }: EndpointContext, participant: Participant): Promise<Outcome> {
  // `Divergence:` Talk fails with a PHP type error (HTTP 500) without `message`; the mock answers as for a blank one.
  const text = toStr(params.get('message'), '')
  if (text.trim() === '') return controllerOutcome(400, { error: 'message' })
  const { conversation } = participant
  let { attendee } = participant
  const replyTo = toInt(params.get('replyTo') ?? 0)
  const parent = replyTo === 0 ? undefined : world.messages.get(replyTo)
  if (replyTo !== 0 && (parent?.token !== conversation.token || !isReplyable(world, conversation, parent))) {
    return controllerOutcome(400, { error: 'reply-to' })
  }
  if ([...text].length > MAX_CHAT_LENGTH) return controllerOutcome(413, { error: 'message' })
  const name = toStr(params.get('actorDisplayName'), '')
  if (attendee.actorType !== 'users' && name !== '' && name !== attendee.displayName) {
    attendee = await world.attendees.update(attendee, (draft) => void (draft.displayName = name))
  }
  const message = await world.addMessage(conversation.token, {
    actorType: attendee.actorType,
    actorId: attendee.actorId,
    message: text,
    replyTo,
    referenceId: toStr(params.get('referenceId'), '').slice(0, 64).trim(),
    silent: toBool(params.get('silent'), false),
  })
  // The author has read what they wrote; the conversation was last active now.
  await world.attendees.update(attendee, (draft) => void (draft.lastReadMessage = message.id))
  const room = world.conversations.get(conversation.token) ?? conversation
  await world.conversations.update(room, (draft) => void (draft.lastActivity = message.timestamp))
  const data = describeMessage(world, room, message, attendee)
  return { status: 201, data, headers: { 'X-Chat-Last-Common-Read': String(lastCommonRead(world, room.token)) } }
}
