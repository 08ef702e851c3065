// DELETE /ocs/v2.php/apps/spreed/api/v4/room/{token}/moderators (room-demote-moderator)
// 200 demoted (moderators become users, guest moderators guests; data null); 400 a group, an
// attendee without moderator rights, or an owner; 403 not a moderator, or the moderator's own
// attendee; 404 not a participant, or no such attendee here.
import { changeParticipantType } from '../rules/change-participant-type.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { defineEndpoint } from './define-endpoint.js'
import { readRequiredInt } from './read-required-int.js'

/**
 * Takes moderator rights from an attendee (`attendeeId`).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/moderators`, { method: 'DELETE', headers, body: JSON.stringify({ attendeeId: 4 }) })
 */
export const demoteModerator = defineEndpoint({
  operationId: 'room-demote-moderator',
  method: 'DELETE',
  path: '/room/{token}/moderators',
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const attendeeId = readRequiredInt(params, 'attendeeId')
    if (typeof attendeeId !== 'number') return attendeeId
    return changeParticipantType(world, checked.participant, attendeeId, false)
  },
})
