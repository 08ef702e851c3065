// GET /ocs/v2.php/apps/spreed/api/v1/chat/{token}/{messageId}/context (chat-get-message-context)
// 200 up to `limit` (50, at most 100) messages up to and with `messageId`, then up to `limit`
// after it, oldest first, with X-Chat-Last-Given and X-Chat-Last-Common-Read; 304 (no body)
// without messages; 404 not a participant; 412 lobby.
import { findMessages } from '../chat/find-messages.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { isFederated, remoteUnreachable } from '../rules/federation-proxy.js'
import { middlewareFailure } from '../rules/outcome.js'
import { toInt } from '../ocs/cast.js'
import { answerMessages } from './answer-messages.js'
import { defineEndpoint } from './define-endpoint.js'

/**
 * The messages around one message (Talk's client opens a chat with the context of its last read
 * message, or of `0`). Talk reads both halves from `messageId` on; `0` names no message, so each
 * half starts at an end of the chat and a short chat comes twice, as on a real server.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v1/chat/${token}/0/context?limit=50`, { headers })
 */
export const getMessageContext = defineEndpoint({
  operationId: 'chat-get-message-context',
  method: 'GET',
  path: '/chat/{token}/{messageId}/context',
  apiVersions: ['v1'],
  followsApiVersions: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, {
      moderatorOrNoLobby: true,
      federationSupported: true,
    })
    if ('outcome' in checked) return checked.outcome
    const { participant } = checked
    if (isFederated(participant.conversation) && remoteUnreachable(world)) return middlewareFailure(422)
    const limit = Math.min(100, toInt(params.get('limit') ?? 50))
    const lastKnown = toInt(path.messageId)
    const token = participant.conversation.token
    const before = findMessages(world, token, { lastKnown, limit, includeLastKnown: true, order: 'desc' }).reverse()
    const after = findMessages(world, token, { lastKnown, limit, includeLastKnown: false, order: 'asc' })
    return answerMessages(world, participant, [...before, ...after], 0)
  },
})
