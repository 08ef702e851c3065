// GET /ocs/v2.php/apps/spreed/api/v1/chat/{token} (chat-receive-messages)
// lookIntoFuture=0, the history: 200 the messages before `lastKnownMessageId`, newest first.
// lookIntoFuture=1, the long poll: 200 the messages after it, oldest first, as soon as there are
// any, waiting up to `timeout` (at most 30) seconds of the world's clock for one.
// Both: headers X-Chat-Last-Given and X-Chat-Last-Common-Read; 304 (no body) without messages,
// 200 [] then when the common read marker moved from `lastCommonReadId`; 404 not a participant;
// 412 lobby; 422 a federated conversation whose server is unreachable.
import { findMessages } from '../chat/find-messages.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { isFederated, remoteUnreachable } from '../rules/federation-proxy.js'
import { middlewareFailure } from '../rules/outcome.js'
import { toInt } from '../ocs/cast.js'
import type { Params } from '../ocs/params.js'
import { answerMessages } from './answer-messages.js'
import { defineEndpoint } from './define-endpoint.js'
import { readRequiredInt } from './read-required-int.js'
import { waitForMessages } from './wait-for-messages.js'

/**
 * Reads the chat of a conversation: its history, or (with `lookIntoFuture=1`) what is written
 * next. `setReadMarker=1` on a poll moves the caller's read marker to `lastKnownMessageId`;
 * `markNotificationsAsRead` and `noStatusUpdate` are accepted (the mock has no notifications or
 * statuses to change).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v1/chat/${token}?lookIntoFuture=0&limit=100`, { headers })
 */
export const receiveMessages = defineEndpoint({
  operationId: 'chat-receive-messages',
  method: 'GET',
  path: '/chat/{token}',
  apiVersions: ['v1'],
  followsApiVersions: false,
  async handle(context) {
    const { world, caller, params, path } = context
    const checked = await checkRequirements(world, caller, path.token!, {
      moderatorOrNoLobby: true,
      federationSupported: true,
    })
    if ('outcome' in checked) return checked.outcome
    const lookIntoFuture = readRequiredInt(params, 'lookIntoFuture')
    if (typeof lookIntoFuture !== 'number') return lookIntoFuture
    const { participant } = checked
    if (isFederated(participant.conversation) && remoteUnreachable(world)) return middlewareFailure(422)
    const query = readQuery(params)
    const token = participant.conversation.token
    if (lookIntoFuture === 0) {
      const history = findMessages(world, token, { ...query, order: 'desc' })
      return answerMessages(world, participant, history, query.lastCommonReadId)
    }
    const { attendee } = participant
    if (intParam(params, 'setReadMarker', 1) === 1 && query.lastKnown > attendee.lastReadMessage) {
      participant.attendee = await world.attendees.update(attendee, (draft) => {
        draft.lastReadMessage = query.lastKnown
      })
    }
    const news = await waitForMessages(context, token, query)
    return answerMessages(world, participant, news, query.lastCommonReadId)
  },
})

/** The parameters both directions share, cast and capped as Talk does. */
function readQuery(params: Params) {
  return {
    lastKnown: intParam(params, 'lastKnownMessageId', 0),
    limit: Math.min(200, intParam(params, 'limit', 100)),
    includeLastKnown: intParam(params, 'includeLastKnown', 0) !== 0,
    lastCommonReadId: intParam(params, 'lastCommonReadId', 0),
    timeout: Math.min(30, intParam(params, 'timeout', 30)),
  }
}

function intParam(params: Params, name: string, fallback: number): number {
  const value = params.get(name)
  return value === undefined || value === null ? fallback : toInt(value)
}
