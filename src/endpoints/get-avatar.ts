// GET /ocs/v2.php/apps/spreed/api/v1/room/{token}/avatar[/dark] (avatar-get-avatar, avatar-get-avatar-dark)
// 200 the conversation's avatar, not OCS (image/svg+xml, cached a day): a one-to-one conversation
// shows the other user's generated avatar, any other an icon of its kind (public, federated,
// group); 404 OCS `[]` for a conversation the caller cannot reach. Public, no CSRF check.
import type { PlainAnswer } from '../door/plain-answer.js'
import { avatarAnswer } from '../avatars/avatar-answer.js'
import { renderConversationIcon, type ConversationIcon } from '../avatars/render-conversation-icon.js'
import { CONVERSATION_TYPE } from '../constants.js'
import { canSeeConversation } from '../rules/can-see-conversation.js'
import { findConversation, findParticipant } from '../rules/find-participant.js'
import { middlewareFailure } from '../rules/outcome.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { defineEndpoint, type EndpointContext } from './define-endpoint.js'

const ONE_DAY = 86400

async function handle({ world, caller, path, request }: EndpointContext) {
  const conversation = await findConversation(world, path.token!)
  if (
    !conversation ||
    (!findParticipant(world, conversation, caller) && !canSeeConversation(world, conversation, caller))
  ) {
    return middlewareFailure(404)
  }
  const dark = request.url.pathname.endsWith('/dark')
  const other = otherUserOf(world, conversation, caller.kind === 'user' ? caller.userId : undefined)
  if (other) return avatarAnswer(other, 512, dark, { status: 200, maxAge: ONE_DAY })
  const answer: PlainAnswer = {
    status: 200,
    headers: { 'content-type': 'image/svg+xml', 'cache-control': `private, max-age=${ONE_DAY}, immutable` },
    body: renderConversationIcon(iconOf(conversation), dark),
  }
  return answer
}

/** The display name of a one-to-one conversation's other user, as Talk's avatar service takes it. */
function otherUserOf(world: World, conversation: Conversation, me: string | undefined): string | undefined {
  if (conversation.type !== CONVERSATION_TYPE.ONE_TO_ONE || me === undefined) return undefined
  const other = world.attendees
    .all()
    .find((a) => a.token === conversation.token && a.actorType === 'users' && a.actorId !== me)
  if (!other) return undefined
  const user = world.users.get(other.actorId)
  return user?.displayName || other.displayName || other.actorId
}

function iconOf(conversation: Conversation): ConversationIcon {
  if (conversation.remoteServer !== '') return 'federation'
  if (conversation.type === CONVERSATION_TYPE.PUBLIC) return 'public'
  if (conversation.type === CONVERSATION_TYPE.ONE_TO_ONE) return 'user'
  return 'group'
}

const shared = {
  method: 'GET',
  apiVersions: ['v1'],
  csrf: false,
  followsApiVersions: false,
  handle,
} as const

/**
 * Reads a conversation's avatar (light).
 * @example
 * <img src={`/ocs/v2.php/apps/spreed/api/v1/room/${token}/avatar`}>
 */
export const getAvatar = defineEndpoint({ ...shared, operationId: 'avatar-get-avatar', path: '/room/{token}/avatar' })

/**
 * Reads a conversation's avatar for the dark theme.
 * @example
 * <img src={`/ocs/v2.php/apps/spreed/api/v1/room/${token}/avatar/dark`}>
 */
export const getAvatarDark = defineEndpoint({
  ...shared,
  operationId: 'avatar-get-avatar-dark',
  path: '/room/{token}/avatar/dark',
})
