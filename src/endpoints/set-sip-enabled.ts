// PUT /ocs/v2.php/apps/spreed/api/v4/room/{token}/webinar/sip (room-setsip-enabled)
// 200 the conversation, SIP dial-in `state` 0 off, 1 on with a PIN per attendee, 2 on without
// PIN; nothing is checked when the state does not change; 400 {"error": "breakout-room"},
// "type" (not a group or public conversation), "value", "token" (a phone dials digits only);
// 401 anonymous guests (the route is not public); 403 not a moderator ([]), or {"error":
// "config"} for a user outside the SIP groups; 404 not a participant; 412 {"error": "config"}
// while the SIP bridge is not configured (`settings.sipBridge`).
// Left out: 401 {"error": "config"} for a request whose user does not exist (the core's 401
// answers it first).
import { SIP_STATE } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { refreshParticipant } from '../rules/refresh-participant.js'
import { canUserEnableSip, isSipConfigured } from '../rules/sip-dial-in.js'
import { CONVERSATION_TYPE } from '../constants.js'
import { defineEndpoint } from './define-endpoint.js'
import { SIP_INCOMPATIBLE } from '../world/token-rules.js'
import { describeRoom } from './describe-room.js'
import { readRequiredInt } from './read-required-int.js'

const SIP_STATES: readonly number[] = [SIP_STATE.DISABLED, SIP_STATE.ENABLED, SIP_STATE.ENABLED_NO_PIN]
const SIP_TYPES: readonly number[] = [CONVERSATION_TYPE.GROUP, CONVERSATION_TYPE.PUBLIC]

/**
 * The moderator's SIP dial-in switch; while it is on, the conversation object carries the
 * caller's `attendeePin` (state 1) and phones can dial in.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/webinar/sip`, { method: 'PUT', headers, body: JSON.stringify({ state: 1 }) })
 */
export const setSipEnabled = defineEndpoint({
  operationId: 'room-setsip-enabled',
  method: 'PUT',
  path: '/room/{token}/webinar/sip',
  apiVersions: ['v4'],
  publicPage: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const user = caller.kind === 'user' ? world.users.get(caller.userId) : undefined
    if (!user) return controllerOutcome(401, { error: 'config' })
    if (!canUserEnableSip(world, user)) return controllerOutcome(403, { error: 'config' })
    if (!isSipConfigured(world)) return controllerOutcome(412, { error: 'config' })
    const state = readRequiredInt(params, 'state')
    if (typeof state !== 'number') return state
    const { conversation } = checked.participant
    if (state !== conversation.sipEnabled) {
      if (conversation.objectType === 'room') return controllerOutcome(400, { error: 'breakout-room' })
      if (!SIP_TYPES.includes(conversation.type)) return controllerOutcome(400, { error: 'type' })
      if (!SIP_STATES.includes(state)) return controllerOutcome(400, { error: 'value' })
      if (SIP_INCOMPATIBLE.test(conversation.token)) return controllerOutcome(400, { error: 'token' })
      await world.conversations.update(conversation, (draft) => void (draft.sipEnabled = state))
    }
    return controllerOutcome(200, describeRoom(world, refreshParticipant(world, checked.participant)))
  },
})
