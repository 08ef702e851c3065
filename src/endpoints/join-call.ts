// POST /ocs/v2.php/apps/spreed/api/{v4,v1}/call/{token} (call-join-call)
// 200 joined (data null; v1 []); 400 flags out of range, consent missing, or a type without calls;
// 403 calls disabled, read-only, or cannot start a call; 404 not a participant or no session;
// 412 lobby. A federated conversation's join goes through Talk's proxy: 200, 400 and 404 pass
// (data null), any other answer of the remote and an unreachable remote give 422.
import { CONVERSATION_TYPE, DEFAULT_JOIN_FLAGS, RECORDING_CONSENT } from '../constants.js'
import { enterCall, someoneElseInCall } from '../rules/call-state.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { isFederated, proxyAnswer, remoteUnreachable } from '../rules/federation-proxy.js'
import type { Participant } from '../rules/find-participant.js'
import { controllerOutcome, middlewareFailure, type Outcome } from '../rules/outcome.js'
import type { Session } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { canStartCall } from '../rules/permissions.js'
import { toBool } from '../ocs/cast.js'
import { adaptToApiVersion } from './adapt-to-api-version.js'
import { defineEndpoint, type EndpointContext } from './define-endpoint.js'
import { readFlags } from './read-flags.js'
import { stripUnpublishableFlags } from './strip-flags.js'

/** What the proxy passes on from the remote server's join (`joinFederatedCall`). */
const FEDERATED_JOIN_ANSWERS = [200, 400, 404]

const TYPES_WITHOUT_CALLS: readonly number[] = [
  CONVERSATION_TYPE.CHANGELOG,
  CONVERSATION_TYPE.ONE_TO_ONE_FORMER,
  CONVERSATION_TYPE.NOTE_TO_SELF,
]

/**
 * Joins the call with `flags` (default 7), starting it when none runs and the caller may
 * (`silent` starts it without notifications, and says so in its `call_started`).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}`, { method: 'POST', headers, body: JSON.stringify({ flags: 3 }) })
 */
export const joinCall = defineEndpoint({
  operationId: 'call-join-call',
  method: 'POST',
  path: '/call/{token}',
  apiVersions: ['v4', 'v1'],
  handle: async (context) => adaptToApiVersion(context.apiVersion, await joinTheCall(context)),
})

async function joinTheCall({ world, caller, params, path }: EndpointContext): Promise<Outcome> {
  const checked = await checkRequirements(world, caller, path.token!, {
    callEnabled: true,
    readWrite: true,
    moderatorOrNoLobby: true,
    federationSupported: true,
  })
  if ('outcome' in checked) return checked.outcome
  const requested = readFlags(params, null)
  if (typeof requested === 'object' && requested !== null) return requested

  const { participant } = checked
  const { conversation, session } = participant
  if (
    consentRequired(world.settings.recordingConsent, conversation.recordingConsent) &&
    !toBool(params.get('recordingConsent'), false)
  ) {
    return controllerOutcome(400, { error: 'consent' })
  }
  // Divergence: Talk re-adds a one-to-one partner who left; the mock keeps the room as it is.
  if (!session) return controllerOutcome(404)
  const silent = toBool(params.get('silent'), false)
  if (isFederated(conversation)) {
    // Talk's proxy asks the remote server, which runs the rest of the rules on its own rows.
    if (remoteUnreachable(world)) return middlewareFailure(422)
    return proxyAnswer(
      FEDERATED_JOIN_ANSWERS,
      await enterTheCall(world, { ...participant, session }, requested, silent),
    )
  }
  return enterTheCall(world, { ...participant, session }, requested, silent)
}

/** The join's own rules once the caller's session is known: the type, the start permission, the flags. */
async function enterTheCall(
  world: World,
  participant: Participant & { session: Session },
  requested: number | null,
  silent: boolean,
): Promise<Outcome> {
  const { conversation, session } = participant
  if (TYPES_WITHOUT_CALLS.includes(conversation.type)) return controllerOutcome(400, { error: 'type' })

  const joinFlags = requested ?? DEFAULT_JOIN_FLAGS
  const flags = stripUnpublishableFlags(world, participant, joinFlags)
  const starting = session.inCall === 0 && flags !== 0
  if (
    starting &&
    !canStartCall(world, conversation, participant.attendee) &&
    !someoneElseInCall(world, conversation.token, session)
  ) {
    return controllerOutcome(403, [])
  }
  await enterCall(world, { conversation, session }, flags, joinFlags, silent)
  return controllerOutcome(200)
}

function consentRequired(serverSetting: number, roomSetting: number): boolean {
  return (
    serverSetting === RECORDING_CONSENT.REQUIRED || (serverSetting === RECORDING_CONSENT.OPTIONAL && roomSetting === 1)
  )
}
