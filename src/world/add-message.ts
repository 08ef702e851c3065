import { TalkMockError } from '../errors.js'
import type { Clock } from './clock.js'
import type { Message } from './message-schema.js'
import type { Conversation } from './schemas.js'
import { requireObject } from './bindings.js'

/**
 * What `addMessage` takes: who wrote it and what; the id and the time are the next free id and
 * now when missing. A user's message needs only `actorId`.
 * @example { actorId: 'alice', message: 'Hello' }
 */
export type MessageInput = Partial<Omit<Message, 'token'>>

/** What `addMessage` needs of a world (the world passes itself). */
export interface MessageWorld {
  readonly conversations: { get(token: string): Conversation | undefined }
  readonly messages: {
    get(id: number): Message | undefined
    check(values: unknown, action: string): Message
    insert(values: Message): Promise<Message>
  }
  readonly clock: Clock
  takeMessageId(wanted?: number): number
}

/**
 * Writes a message into a conversation. The conversation must exist, an id must be free, a
 * reply must answer a message of the same conversation, and a message someone wrote must say
 * something (Talk refuses blank ones); a system message names itself in `systemMessage`.
 * @example
 * await addMessage(world, 'abc123', { actorId: 'alice', message: 'Hello' })
 */
export async function addMessage(world: MessageWorld, token: string, input: MessageInput): Promise<Message> {
  requireObject(input, `add a message to "${token}"`, "{ actorId: 'alice', message: 'Hello' }")
  const action = `add a message to "${token}"`
  if (!world.conversations.get(token)) {
    throw new TalkMockError(action, 'no conversation has that token', 'Add the conversation first.')
  }
  if (input.id !== undefined && world.messages.get(input.id)) {
    throw new TalkMockError(action, `message id ${String(input.id)} is taken`, 'Leave `id` out or pick another.')
  }
  const values = { actorType: 'users', timestamp: world.clock.seconds(), ...input, token, id: input.id ?? 1 }
  const message = world.messages.check(values, action)
  if (message.systemMessage === '' && message.message.trim() === '') {
    throw new TalkMockError(action, 'the message is blank', 'Write something, or name a `systemMessage`.')
  }
  const parent = message.replyTo === 0 ? undefined : world.messages.get(message.replyTo)
  if (message.replyTo !== 0 && parent?.token !== token) {
    throw new TalkMockError(
      action,
      `no message ${message.replyTo} in "${token}" to reply to`,
      'Reply to one of its messages.',
    )
  }
  // Taken once the row is checked, so a bad one wastes no id; taken before the insert is awaited.
  // The checked row itself is stored (a copy would be validated again on insert).
  message.id = world.takeMessageId(input.id)
  return world.messages.insert(message)
}
