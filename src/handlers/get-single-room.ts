// GET /ocs/v2.php/apps/spreed/api/v4/room/{token} (room-get-single-room)
// 200 the conversation as the caller sees it: a participant gets its call state, permissions
// and session; others see a public or listable conversation with participant fields at their
// defaults; 404 no such conversation for the caller (data []).
import { CONVERSATION_TYPE, LISTABLE } from '../constants.js'
import { findConversation, findParticipant } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom, describeRoomToOutsider } from './describe-room.js'

/**
 * Reads one conversation with the fields a call UI needs (lobby, read-only, call, permissions).
 * @example
 * const room = await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}`, { headers }).then((r) => r.json())
 */
export const getSingleRoom = defineEndpoint({
  operationId: 'room-get-single-room',
  method: 'GET',
  path: '/room/{token}',
  apiVersions: ['v4'],
  async handle({ world, caller, path }) {
    const conversation = await findConversation(world, path.token!)
    const participant = conversation && findParticipant(world, conversation, caller)
    const listed = caller.kind === 'user' && conversation?.listable !== LISTABLE.NONE
    if (!conversation || (!participant && !listed && conversation.type !== CONVERSATION_TYPE.PUBLIC)) {
      return controllerOutcome(404, [])
    }
    if (!participant) return controllerOutcome(200, describeRoomToOutsider(world, conversation))
    if (participant.session) {
      // Divergence: a session's request counts as a sign of life (there is no signaling endpoint).
      const now = world.clock.seconds()
      participant.session = await world.sessions.update(participant.session, (draft) => void (draft.lastPing = now))
    }
    return controllerOutcome(200, describeRoom(world, participant))
  },
})
