// GET /ocs/v2.php/apps/spreed/api/v1/chat/{token}/share/overview (chat-get-objects-shared-in-room-overview)
// 200 the shared objects of each kind (none in the mock: every list is empty); 404 not a
// participant; 412 lobby.
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'

/** The kinds of shared objects Talk lists (`Attachment::TYPE_*`), in its order. */
const SHARED_KINDS = ['audio', 'deckcard', 'file', 'location', 'media', 'other', 'poll', 'recording', 'voice']

/**
 * The overview of what was shared in a conversation, as a conversation without shares answers
 * it: every kind with an empty list. `Divergence:` the mock's chat has no files, polls or other
 * objects to share.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v1/chat/${token}/share/overview`, { headers })
 */
export const getObjectsSharedInRoomOverview = defineEndpoint({
  operationId: 'chat-get-objects-shared-in-room-overview',
  method: 'GET',
  path: '/chat/{token}/share/overview',
  apiVersions: ['v1'],
  followsApiVersions: false,
  async handle({ world, caller, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderatorOrNoLobby: true })
    if ('outcome' in checked) return checked.outcome
    return controllerOutcome(200, Object.fromEntries(SHARED_KINDS.map((kind) => [kind, []])))
  },
})
