import { CONVERSATION_TYPE, READ_ONLY, START_CALLS } from '../constants.js'
import type { World } from '../world/world.js'
import type { Caller } from './caller.js'
import { findConversation, findParticipant, type Participant } from './find-participant.js'
import { middlewareFailure, type Outcome } from './outcome.js'
import { pingByRequest } from './liveness.js'
import { effectivePermissions, hasModeratorRights, isBlockedByLobby } from './permissions.js'

/**
 * The middleware attributes of a Talk controller method, which decide the checks a request
 * passes before the controller body runs.
 * @example
 * const joinCall: Requirements = { callEnabled: true, readWrite: true, moderatorOrNoLobby: true }
 */
export interface Requirements {
  /** `#[RequireCallEnabled]`: 403 while `start_calls` is 3. */
  callEnabled?: boolean
  /** `#[RequireModeratorParticipant]` instead of `#[RequireParticipant]`. */
  moderator?: boolean
  /** `#[RequireReadWriteConversation]`: 403 when read-only or the changelog. */
  readWrite?: boolean
  /** `#[RequireModeratorOrNoLobby]`: 412 while the lobby keeps the caller out. */
  moderatorOrNoLobby?: boolean
  /** `#[RequirePermission]`: 403 without this permission bit. */
  permission?: number
  /** `#[FederationSupported]`: without it, a federated conversation answers 406. */
  federationSupported?: boolean
}

/**
 * Runs Talk's middleware checks in Talk's order (calls enabled, participant, federation
 * support, read-only, lobby, permission) and resolves the caller, or returns the failure the first failing check gives.
 * A session the request resolves counts as a sign of life until it polls signaling (`pingByRequest`).
 * @example
 * const checked = await checkRequirements(world, caller, token, { readWrite: true })
 * if ('outcome' in checked) return checked.outcome
 */
export async function checkRequirements(
  world: World,
  caller: Caller,
  token: string,
  requirements: Requirements,
): Promise<{ participant: Participant } | { outcome: Outcome }> {
  if (requirements.callEnabled && world.settings.startCalls === START_CALLS.NOBODY) {
    return { outcome: middlewareFailure(403) }
  }
  const conversation = await findConversation(world, token)
  const participant = conversation && findParticipant(world, conversation, caller)
  if (!conversation || !participant) return { outcome: middlewareFailure(404) }
  if (requirements.moderator && !hasModeratorRights(participant.attendee)) {
    return { outcome: middlewareFailure(403) }
  }
  if (participant.session) participant.session = await pingByRequest(world, participant.session)
  // Talk's `FederationUnsupportedFeatureException`: the route only serves local conversations.
  if (!requirements.federationSupported && conversation.remoteServer !== '') return { outcome: middlewareFailure(406) }
  if (
    requirements.readWrite &&
    (conversation.readOnly === READ_ONLY.READ_ONLY || conversation.type === CONVERSATION_TYPE.CHANGELOG)
  ) {
    return { outcome: middlewareFailure(403) }
  }
  if (requirements.moderatorOrNoLobby && isBlockedByLobby(world, conversation, participant.attendee)) {
    return { outcome: middlewareFailure(412) }
  }
  if (
    requirements.permission !== undefined &&
    !(effectivePermissions(world, conversation, participant.attendee) & requirements.permission)
  ) {
    return { outcome: middlewareFailure(403) }
  }
  return { participant }
}
