// PUT /ocs/v2.php/apps/spreed/api/v4/room/{token}/permissions/{mode} (room-set-permissions)
// 200 the conversation with its new default permissions (the custom bit is added to a non-zero
// value, and every attendee's own permissions are reset); 400 {"error":"permissions"} outside
// 0-255, {"error":"mode"} for `call` (call permissions were removed in Talk 20),
// {"error":"type"} for one-to-one, former one-to-one and note-to-self conversations;
// 403 not a moderator; 404 not a participant.
import { CONVERSATION_TYPE, PERMISSION } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { refreshParticipant } from '../rules/refresh-participant.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'
import { readRequiredInt } from './read-required-int.js'

const TYPES_WITHOUT_PERMISSIONS: readonly number[] = [
  CONVERSATION_TYPE.ONE_TO_ONE,
  CONVERSATION_TYPE.ONE_TO_ONE_FORMER,
  CONVERSATION_TYPE.NOTE_TO_SELF,
]

/**
 * Sets the default permissions of everyone in the conversation (e.g. who may start a call).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/permissions/default`, { method: 'PUT', headers, body: JSON.stringify({ permissions: PERMISSION.CUSTOM | PERMISSION.JOIN_CALL }) })
 */
export const setPermissions = defineEndpoint({
  operationId: 'room-set-permissions',
  method: 'PUT',
  path: '/room/{token}/permissions/{mode}',
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    // The range of `int<0, 255>` is checked by middleware, before the controller looks at `mode`.
    const permissions = readRequiredInt(params, 'permissions')
    if (typeof permissions !== 'number') return permissions
    if (permissions < 0 || permissions > 255) return controllerOutcome(400, { error: 'permissions' })
    if (path.mode !== 'default') return controllerOutcome(400, { error: 'mode' })
    const { conversation } = checked.participant
    if (TYPES_WITHOUT_PERMISSIONS.includes(conversation.type)) return controllerOutcome(400, { error: 'type' })

    for (const attendee of world.attendees.inGroup(conversation.token)) {
      if (attendee.permissions !== PERMISSION.DEFAULT) {
        await world.attendees.update(attendee, (draft) => void (draft.permissions = PERMISSION.DEFAULT))
      }
    }
    const value = permissions === PERMISSION.DEFAULT ? permissions : permissions | PERMISSION.CUSTOM
    await world.conversations.update(conversation, (draft) => void (draft.defaultPermissions = value))
    return controllerOutcome(200, describeRoom(world, refreshParticipant(world, checked.participant)))
  },
})
