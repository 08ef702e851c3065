// PUT /ocs/v2.php/apps/spreed/api/v4/room/{token}/webinar/lobby (room-set-lobby)
// 200 the conversation; `state` 1 opens the lobby for non-moderators (and disconnects them
// from the call), 0 closes it; `timer` (unix seconds, optional) lifts it automatically;
// 400 {"error":"type"} for conversations other than group and public, {"error":"value"} for a
// state other than 0 and 1 or a timer past the year 9999; 401 anonymous guests (the route is not
// public); 403 not a moderator; 404 not a participant.
import { CONVERSATION_TYPE, LOBBY_STATE } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { disconnectFromCall } from '../rules/disconnect-from-call.js'
import { findConversation } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { hasModeratorRights } from '../rules/permissions.js'
import { refreshParticipant } from '../rules/refresh-participant.js'
import { toInt } from '../ocs/cast.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'
import { readRequiredInt } from './read-required-int.js'

/** The last lobby timer every database Nextcloud supports can hold: 9999-12-31 23:59:59 UTC. @example LAST_LOBBY_TIMER === 253402300799 */
export const LAST_LOBBY_TIMER = 253402300799

/**
 * Opens or closes the webinar lobby, optionally with a timer that lifts it.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/webinar/lobby`, { method: 'PUT', headers, body: JSON.stringify({ state: 1, timer: 1767265200 }) })
 */
export const setLobby = defineEndpoint({
  operationId: 'room-set-lobby',
  method: 'PUT',
  path: '/room/{token}/webinar/lobby',
  apiVersions: ['v4'],
  publicPage: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const state = readRequiredInt(params, 'state')
    if (typeof state !== 'number') return state
    const rawTimer = params.get('timer')
    // `$timer > 0` or no timer at all: Talk stores none for 0 and below.
    const timer = rawTimer === undefined || rawTimer === null ? 0 : Math.max(toInt(rawTimer), 0)
    const { conversation } = checked.participant
    if (conversation.type !== CONVERSATION_TYPE.GROUP && conversation.type !== CONVERSATION_TYPE.PUBLIC) {
      return controllerOutcome(400, { error: 'type' })
    }
    if (state !== LOBBY_STATE.NONE && state !== LOBBY_STATE.NON_MODERATORS) {
      return controllerOutcome(400, { error: 'value' })
    }
    // Divergence: Talk hands a timer past the year 9999 to its database, which stores it or
    // fails (a 500) depending on the engine; the mock refuses it as a bad value instead.
    if (timer > LAST_LOBBY_TIMER) return controllerOutcome(400, { error: 'value' })
    await world.conversations.update(conversation, (draft) => {
      draft.lobbyState = state
      draft.lobbyTimer = timer
    })
    if (state === LOBBY_STATE.NON_MODERATORS) {
      await disconnectFromCall(world, conversation.token, (attendee) => !hasModeratorRights(attendee))
    }
    // Reading the conversation back lifts a lobby whose timer has already passed, as Talk does.
    await findConversation(world, conversation.token)
    return controllerOutcome(200, describeRoom(world, refreshParticipant(world, checked.participant)))
  },
})
