// PUT /ocs/v2.php/apps/spreed/api/v4/room/{token}/read-only (room-set-read-only)
// 200 the conversation; `state` 1 locks it and disconnects everyone from the call, 0 unlocks;
// 400 {"error":"type"} for conversations other than group, public and changelog (a former
// one-to-one may only be locked), {"error":"value"} for a state other than 0 and 1 (nothing is
// checked when the state does not change); 401 anonymous guests (the route is not public);
// 403 not a moderator; 404 not a participant.
import { CONVERSATION_TYPE, READ_ONLY } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { disconnectFromCall } from '../rules/disconnect-from-call.js'
import { controllerOutcome } from '../rules/outcome.js'
import { refreshParticipant } from '../rules/refresh-participant.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'
import { readRequiredInt } from './read-required-int.js'

const LOCKABLE_TYPES: readonly number[] = [
  CONVERSATION_TYPE.GROUP,
  CONVERSATION_TYPE.PUBLIC,
  CONVERSATION_TYPE.CHANGELOG,
]

/**
 * Locks (read-only) or unlocks a conversation; a locked conversation refuses calls with 403.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/read-only`, { method: 'PUT', headers, body: JSON.stringify({ state: 1 }) })
 */
export const setReadOnly = defineEndpoint({
  operationId: 'room-set-read-only',
  method: 'PUT',
  path: '/room/{token}/read-only',
  apiVersions: ['v4'],
  publicPage: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const state = readRequiredInt(params, 'state')
    if (typeof state !== 'number') return state
    const { conversation } = checked.participant
    if (state !== conversation.readOnly) {
      const lockingFormer = conversation.type === CONVERSATION_TYPE.ONE_TO_ONE_FORMER && state === READ_ONLY.READ_ONLY
      if (!LOCKABLE_TYPES.includes(conversation.type) && !lockingFormer)
        return controllerOutcome(400, { error: 'type' })
      if (state !== READ_ONLY.READ_ONLY && state !== READ_ONLY.READ_WRITE) {
        return controllerOutcome(400, { error: 'value' })
      }
      await world.conversations.update(conversation, (draft) => void (draft.readOnly = state))
    }
    if (state === READ_ONLY.READ_ONLY) await disconnectFromCall(world, conversation.token)
    return controllerOutcome(200, describeRoom(world, refreshParticipant(world, checked.participant)))
  },
})
