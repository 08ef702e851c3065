// GET /ocs/v2.php/apps/spreed/api/v4/room (room-get-rooms)
// 200 the conversations the user is an attendee of, each as `GET /room/{token}` shows it (the
// 1-1 statuses only with `includeStatus`), with the headers X-Nextcloud-Talk-Hash and
// X-Nextcloud-Talk-Modified-Before; `modifiedSince` keeps those with a call, with activity since
// then, and (with `includeStatus`) every 1-1. Guests get the core's 401 (OCS 997).
import { CALL_FLAG, CONVERSATION_TYPE } from '../constants.js'
import { findConversation, findParticipant } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { toBool, toInt } from '../ocs/cast.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'
import { talkHashHeader } from './talk-hash.js'

/**
 * Lists the caller's conversations.
 * @example
 * const rooms = await fetch('/ocs/v2.php/apps/spreed/api/v4/room?includeStatus=true', { headers }).then((r) => r.json())
 */
export const getRooms = defineEndpoint({
  operationId: 'room-get-rooms',
  method: 'GET',
  path: '/room',
  apiVersions: ['v4'],
  publicPage: false,
  async handle({ world, caller, params }) {
    if (caller.kind !== 'user') return controllerOutcome(401)
    const nextModifiedSince = world.clock.seconds()
    const includeStatus = toBool(params.get('includeStatus'), false)
    const modifiedSince = toInt(params.get('modifiedSince'))
    const rooms = []
    for (const { token } of world.conversations.all()) {
      if (!world.findAttendee(token, 'users', caller.userId)) continue
      const conversation = await findConversation(world, token)
      const participant = conversation && findParticipant(world, conversation, caller)
      if (!participant) continue
      if (modifiedSince !== 0) {
        const kept =
          (includeStatus && conversation.type === CONVERSATION_TYPE.ONE_TO_ONE) ||
          conversation.callFlag !== CALL_FLAG.DISCONNECTED ||
          (conversation.lastActivity !== 0 && conversation.lastActivity >= modifiedSince)
        if (!kept) continue
      }
      rooms.push(describeRoom(world, participant, includeStatus))
    }
    const headers = { ...talkHashHeader(world), 'X-Nextcloud-Talk-Modified-Before': String(nextModifiedSince) }
    return { ...controllerOutcome(200, rooms), headers }
  },
})
