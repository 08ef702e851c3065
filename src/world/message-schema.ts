import { z } from 'zod/mini'
import { attendeeSchema } from './schemas.js'

/**
 * A chat message of a conversation (a row of Talk's `comments` table with `object_type` chat):
 * a message someone wrote, or a system message (`systemMessage` names it, `parameters` holds
 * what Talk stores beside the name, such as a call's duration and users).
 * @example
 * messageSchema.parse({ id: 1, token: 'abc123', actorType: 'users', actorId: 'alice', timestamp: 1767261600, message: 'Hi' })
 */
export const messageSchema = z.object({
  /** Talk's message ids grow across all conversations of a server. */
  id: z.int().check(z.gte(1)),
  token: z.string(),
  actorType: z.union([attendeeSchema.shape.actorType, z.literal('deleted_users')]),
  actorId: z.string(),
  /** Unix seconds when it was written. */
  timestamp: z.int().check(z.gte(0)),
  /** What was written; '' for a system message, whose text the reader's view derives. */
  message: z._default(z.string(), ''),
  /** The system message's name (`call_started`, `call_ended`, ...); '' for a message someone wrote. */
  systemMessage: z._default(z.string(), ''),
  /** A system message's parameters as Talk stores them (e.g. `{ users, guests, duration }`). */
  parameters: z._default(z.record(z.string(), z.unknown()), {}),
  /** The message this one replies to; 0 for none. */
  replyTo: z._default(z.int().check(z.gte(0)), 0),
  referenceId: z._default(z.string(), ''),
  /** Sent without notifications (a silent message, or a silent call's `call_started`). */
  silent: z._default(z.boolean(), false),
})

/** A chat message of the world. @example const m: Message = world.messages.get(1)! */
export type Message = z.output<typeof messageSchema>
