// GET /ocs/v2.php/apps/spreed/api/v4/room/{token}/participants (room-get-participants)
// 200 the attendees with their call state (inCall, sessionIds, lastPing, participantType,
// permissions); with `includeStatus` also user statuses and the header
// X-Nextcloud-Has-User-Statuses; 403 plain guests (data null); 404 not a participant; 412 lobby.
import { PARTICIPANT_TYPE } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { toBool } from '../ocs/cast.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeParticipants } from './describe-participants.js'

/**
 * Lists who is in the conversation and who of them is in the call.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/participants?includeStatus=true`, { headers })
 */
export const getParticipants = defineEndpoint({
  operationId: 'room-get-participants',
  method: 'GET',
  path: '/room/{token}/participants',
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, {
      moderatorOrNoLobby: true,
      federationSupported: true,
    })
    if ('outcome' in checked) return checked.outcome
    const { participant } = checked
    if (participant.attendee.participantType === PARTICIPANT_TYPE.GUEST) return controllerOutcome(403)
    const includeStatus = toBool(params.get('includeStatus'), false) && caller.kind === 'user'
    const entries = describeParticipants(world, participant, includeStatus)
    const headers = includeStatus ? { 'X-Nextcloud-Has-User-Statuses': '1' } : undefined
    return { ...controllerOutcome(200, entries), headers }
  },
})
