// GET /ocs/v2.php/apps/spreed/api/v1/proxy/{token}/user-avatar/{size}[/dark]?cloudId= (avatar-get-user-proxy-avatar)
// 200 the avatar of a federated user (`cloudId` user@server) as its server generates it, from the
// display name its attendee row carries (cached a day); the person placeholder when the remote
// cannot be reached (`settings.federation` 'unreachable') or the cloud id names no one (cached
// 15 minutes); 404 OCS `[]` for a caller who is no logged-in participant. No CSRF check.
import { avatarAnswer, avatarSize } from '../avatars/avatar-answer.js'
import { renderConversationIcon } from '../avatars/render-conversation-icon.js'
import type { PlainAnswer } from '../door/plain-answer.js'
import { findConversation, findParticipant } from '../rules/find-participant.js'
import { middlewareFailure } from '../rules/outcome.js'
import { defineEndpoint, type EndpointContext } from './define-endpoint.js'

async function handle({ world, caller, path, params, request }: EndpointContext) {
  const conversation = await findConversation(world, path.token!)
  const participant = conversation && caller.kind === 'user' && findParticipant(world, conversation, caller)
  if (!participant) return middlewareFailure(404)
  const dark = request.url.pathname.endsWith('/dark')
  const cloudId = String(params.get('cloudId') ?? '')
  const at = cloudId.lastIndexOf('@')
  const attendee = world.attendees
    .all()
    .find((a) => a.token === conversation.token && a.actorType === 'federated_users' && a.actorId === cloudId)
  if (at <= 0 || world.settings.federation === 'unreachable') return placeholder(dark)
  const name = attendee?.displayName || cloudId.slice(0, at)
  return avatarAnswer(name, avatarSize(path.size!), dark, { status: 200, maxAge: 86400 })
}

function placeholder(dark: boolean): PlainAnswer {
  return {
    status: 200,
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=900, immutable' },
    body: renderConversationIcon('user', dark),
  }
}

const shared = { method: 'GET', apiVersions: ['v1'], csrf: false, followsApiVersions: false, handle } as const

/**
 * Reads a federated user's avatar through the conversation's server.
 * @example
 * fetch(`/ocs/v2.php/apps/spreed/api/v1/proxy/${token}/user-avatar/64?cloudId=${encodeURIComponent('bob@remote.example')}`)
 */
export const getUserProxyAvatar = defineEndpoint({
  ...shared,
  operationId: 'avatar-get-user-proxy-avatar',
  path: '/proxy/{token}/user-avatar/{size}',
})

/**
 * Reads a federated user's avatar for the dark theme.
 * @example
 * fetch(`/ocs/v2.php/apps/spreed/api/v1/proxy/${token}/user-avatar/64/dark?cloudId=bob%40remote.example`)
 */
export const getUserProxyAvatarDark = defineEndpoint({
  ...shared,
  operationId: 'avatar-get-user-proxy-avatar-dark',
  path: '/proxy/{token}/user-avatar/{size}/dark',
})
