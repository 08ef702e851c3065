import type { Message } from '../world/message-schema.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { actorParameter, userParameter, type RichParameter } from './actor-parameter.js'
import { callEndedText, type CallEndedParameters } from './call-ended-text.js'

/** Who reads a message: the actor of their attendee row. @example const reader: Reader = { actorType: 'users', actorId: 'alice' } */
export interface Reader {
  actorType: string
  actorId: string
}

/** A system message as one reader sees it: its text with placeholders, their values, its name. */
export interface SystemMessageText {
  message: string
  parameters: Record<string, RichParameter>
  systemMessage: string
}

/**
 * The text of a call's system message as `reader` sees it (`SystemMessage::parseMessage`): "You
 * joined the call" for the one who did, "{actor} joined the call" for everyone else, "Outgoing
 * call" and "Incoming call" in a one-to-one conversation, a missed call as "Missed call" or, for
 * the caller, "Unanswered call" (`call_tried`). Names it does not know give `undefined`, as
 * Talk leaves a message it cannot parse as it is stored.
 * @example
 * systemMessageText(world, room, message, { actorType: 'users', actorId: 'alice' })?.message // 'You started a call'
 */
export function systemMessageText(
  world: World,
  conversation: Conversation,
  message: Message,
  reader: Reader,
): SystemMessageText | undefined {
  const actor = actorParameter(world, conversation, message.actorType, message.actorId)
  // Talk compares a guest reader's actor type with 'guest' (its attendees say 'guests'), so only
  // users ever read "You ...".
  const isActor =
    actor.type === 'user' && reader.actorType === 'users' && reader.actorId === actor.id && actor.server === undefined
  const oneToOne = conversation.type === 1 || conversation.type === 5
  const parameters = { actor }
  const name = message.systemMessage
  const text = (message: string) => ({ message, parameters, systemMessage: name })
  switch (name) {
    case 'call_started': {
      const silent = message.silent ? ' silent' : ''
      if (oneToOne) return text(isActor ? `Outgoing${silent} call` : `Incoming${silent} call`)
      return text(isActor ? `You started a${silent} call` : `{actor} started a${silent} call`)
    }
    case 'call_joined':
      return text(isActor ? 'You joined the call' : '{actor} joined the call')
    case 'call_left':
      return text(isActor ? 'You left the call' : '{actor} left the call')
    case 'call_missed':
      return missedCall(world, conversation, message.parameters as unknown as CallEndedParameters, reader)
    case 'call_ended':
    case 'call_ended_everyone': {
      // Messages of older servers have no `cloudIds`.
      const stored = { cloudIds: [], ...message.parameters } as unknown as CallEndedParameters
      return { ...callEndedText(world, conversation, name, stored, parameters), systemMessage: name }
    }
    default:
      return undefined
  }
}

/** `SystemMessage::parseMissedCall`: the one who called reads that nobody answered. */
function missedCall(
  world: World,
  conversation: Conversation,
  stored: CallEndedParameters,
  reader: Reader,
): SystemMessageText {
  const caller = stored.users[0]
  if (caller !== reader.actorId) {
    return {
      message: 'Missed call',
      parameters: { user: userParameter(world, caller ?? '') },
      systemMessage: 'call_missed',
    }
  }
  if (conversation.type !== 1) {
    // A former one-to-one conversation (the other one left): Talk names the conversation.
    const user = { type: 'highlight', id: 'deleted_users', name: conversation.name }
    return { message: 'Unanswered call', parameters: { user }, systemMessage: 'call_tried' }
  }
  const other = membersOf(conversation).find((member) => member !== reader.actorId) ?? ''
  return { message: 'Unanswered call', parameters: { user: userParameter(world, other) }, systemMessage: 'call_tried' }
}

/** The two user ids a one-to-one conversation's name holds (a JSON list). */
function membersOf(conversation: Conversation): string[] {
  try {
    const members: unknown = JSON.parse(conversation.name)
    return Array.isArray(members) ? members.map(String) : []
  } catch {
    return []
  }
}
