// GET /ocs/v2.php/apps/spreed/api/v3/signaling/settings (signaling-get-settings)
// 200 the settings of internal signaling (signalingMode "internal", no STUN/TURN servers), with
// or without `token`; 404 data null for a token the caller cannot access (not an attendee, and
// the conversation neither public nor listable for a user; guests: public ones only).
// Left out (unreachable in the mock's world): 403 Talk disabled for the user's group, 401 a bad
// recording-server HMAC, the federation headers, and 429 brute-force throttling.
import { defineEndpoint } from './define-endpoint.js'
import { findConversation } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { toStr } from '../ocs/cast.js'
import { canSeeConversation } from '../rules/can-see-conversation.js'
import { helloV2Token, signalingTicket } from '../signaling/signaling-ticket.js'

/**
 * Tells a client how to reach signaling: Talk's web client fetches this after joining a
 * conversation and, with `signalingMode: "internal"`, polls `/signaling/{token}` instead of
 * opening a WebSocket. Without it, the client never sends `POST /call`.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v3/signaling/settings?token=${token}`, { headers })
 */
export const getSignalingSettings = defineEndpoint({
  operationId: 'signaling-get-settings',
  method: 'GET',
  path: '/signaling/settings',
  apiVersions: ['v3'],
  followsApiVersions: false,
  async handle({ world, caller, params }) {
    const token = toStr(params.get('token'), '')
    if (token !== '') {
      const conversation = await findConversation(world, token)
      if (!conversation || !canSeeConversation(world, conversation, caller)) return controllerOutcome(404)
    }
    const userId = caller.kind === 'user' ? caller.userId : null
    const seconds = world.clock.seconds()
    const ticket = signalingTicket(userId, seconds)
    const displayName = userId === null ? '' : (world.users.get(userId)?.displayName ?? userId)
    return controllerOutcome(200, {
      signalingMode: 'internal',
      userId,
      // A server that knows it runs without a signaling server can say so (`hide_signaling_warning`).
      hideWarning: true,
      server: '',
      ticket,
      helloAuthParams: {
        '1.0': { userid: userId, ticket },
        '2.0': { token: helloV2Token(userId, displayName, seconds) },
      },
      federation: null,
      stunservers: [],
      turnservers: [],
      sipDialinInfo: '',
    })
  },
})
