// POST /ocs/v2.php/apps/spreed/api/v4/room/{token}/moderators (room-promote-moderator)
// 200 promoted (users and self-joined users become moderators, guests guest moderators; data
// null); 400 a group, an attendee with moderator rights already, or an owner; 403 not a
// moderator, or the moderator's own attendee; 404 not a participant, or no such attendee here.
import { changeParticipantType } from '../rules/change-participant-type.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { defineEndpoint } from './define-endpoint.js'
import { readRequiredInt } from './read-required-int.js'

/**
 * Makes an attendee (`attendeeId`) a moderator.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/moderators`, { method: 'POST', headers, body: JSON.stringify({ attendeeId: 4 }) })
 */
export const promoteModerator = defineEndpoint({
  operationId: 'room-promote-moderator',
  method: 'POST',
  path: '/room/{token}/moderators',
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const attendeeId = readRequiredInt(params, 'attendeeId')
    if (typeof attendeeId !== 'number') return attendeeId
    return changeParticipantType(world, checked.participant, attendeeId, true)
  },
})
