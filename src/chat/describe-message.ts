import type { Message } from '../world/message-schema.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { systemMessageText, type Reader } from './system-message-text.js'

/** The actor types whose messages can be replied to (`Message::isReplyable`). */
const REPLYABLE_ACTORS = ['users', 'federated_users', 'guests', 'emails', 'bots']

/** Guest actors that are no guest (the command line, the system, Talk's own sample and changelog). */
const SPECIAL_GUESTS = ['cli', 'system', 'changelog', 'sample']

/**
 * A message as Talk's chat API gives it to `reader` (`Message::toArray`, `TalkChatMessage`): its
 * author as Talk resolves it now (a user's current name; "deleted_users" for a user that is gone;
 * a guest's name in the conversation), its text and parameters (a system message's as the reader
 * sees it), and with `parent` the message it replies to. `Divergence:` mentions, links and
 * markdown of a message are not parsed (`messageParameters` stays empty), and there are no reactions.
 * @example
 * describeMessage(world, room, message, { actorType: 'users', actorId: 'alice' }).message // 'Hello'
 */
export function describeMessage(
  world: World,
  conversation: Conversation,
  message: Message,
  reader: Reader,
  withParent = true,
): Record<string, unknown> {
  const system = message.systemMessage !== ''
  const parsed = system ? systemMessageText(world, conversation, message, reader) : undefined
  const actor = actorOf(world, conversation, message)
  const described: Record<string, unknown> = {
    id: message.id,
    token: conversation.token,
    actorType: actor.actorType,
    actorId: actor.actorId,
    actorDisplayName: actor.displayName,
    timestamp: message.timestamp,
    // A system message Talk cannot parse keeps the JSON it is stored as.
    message:
      parsed?.message ??
      (system ? JSON.stringify({ message: message.systemMessage, parameters: message.parameters }) : message.message),
    messageParameters: parsed?.parameters ?? [],
    systemMessage: parsed?.systemMessage ?? '',
    messageType: system ? 'system' : 'comment',
    isReplyable: !system && REPLYABLE_ACTORS.includes(actor.actorType),
    referenceId: message.referenceId,
    reactions: {},
    expirationTimestamp: 0,
    markdown: !system,
    threadId: threadOf(world, message),
  }
  if (message.silent) described.silent = true
  const parent = withParent && message.replyTo !== 0 ? world.messages.get(message.replyTo) : undefined
  if (parent) described.parent = describeMessage(world, conversation, parent, reader, false)
  return described
}

/**
 * Whether a message can be replied to (`Message::isReplyable`): one someone wrote, by an actor
 * that still exists as one of the kinds Talk lets be answered.
 * @example
 * if (!isReplyable(world, room, parent)) return controllerOutcome(400, { error: 'reply-to' })
 */
export function isReplyable(world: World, conversation: Conversation, message: Message): boolean {
  return message.systemMessage === '' && REPLYABLE_ACTORS.includes(actorOf(world, conversation, message).actorType)
}

/** `MessageParser::getActorInformation`: the author as the API names them. */
function actorOf(world: World, conversation: Conversation, message: Message) {
  const { actorType, actorId } = message
  if (actorType === 'users') {
    const user = world.users.get(actorId)
    if (!user) return { actorType: 'deleted_users', actorId: 'deleted_users', displayName: '' }
    return { actorType, actorId, displayName: user.displayName }
  }
  if (actorType === 'bridged') return { actorType, actorId: 'bridge-bot', displayName: actorId }
  if (actorType === 'bots') return { actorType, actorId, displayName: `${actorId}-bot` }
  if ((actorType === 'guests' || actorType === 'emails') && SPECIAL_GUESTS.includes(actorId)) {
    return { actorType, actorId, displayName: '' }
  }
  const attendee = world.findAttendee(conversation.token, actorType, actorId)
  const fallback = actorType === 'federated_users' ? actorId : ''
  return { actorType, actorId, displayName: attendee?.displayName ?? fallback }
}

/** The first message of the reply chain a message belongs to (itself when it replies to none). */
function threadOf(world: World, message: Message): number {
  let root = message
  while (root.replyTo !== 0) {
    const parent = world.messages.get(root.replyTo)
    if (!parent) break
    root = parent
  }
  return root.id
}
