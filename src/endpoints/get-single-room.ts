// GET /ocs/v2.php/apps/spreed/api/v4/room/{token} (room-get-single-room)
// 200 the whole conversation object as the caller sees it (with X-Nextcloud-Talk-Hash): a
// participant gets everything (less while the lobby keeps it out); a non-participant sees a
// listable conversation's name and call state, a public one only its id, token and type;
// 404 no such conversation for the caller (data []).
import { canSeeConversation } from '../rules/can-see-conversation.js'
import { findConversation, findParticipant } from '../rules/find-participant.js'
import { pingByRequest } from '../rules/liveness.js'
import { controllerOutcome } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom, describeRoomToOutsider } from './describe-room.js'
import { talkHashHeader } from './talk-hash.js'

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
    if (!conversation || (!participant && !canSeeConversation(world, conversation, caller))) {
      return controllerOutcome(404, [])
    }
    const headers = talkHashHeader(world)
    if (!participant) return { ...controllerOutcome(200, describeRoomToOutsider(world, conversation)), headers }
    if (participant.session) participant.session = await pingByRequest(world, participant.session)
    return { ...controllerOutcome(200, describeRoom(world, participant)), headers }
  },
})
