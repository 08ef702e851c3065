import { z } from 'zod'
import { attendeeSchema, conversationSchema, sessionSchema, settingsSchema, userSchema } from './schemas.js'

const sessionJson = sessionSchema.omit({ attendeeId: true }).partial().strict()
const attendeeJson = attendeeSchema
  .omit({ token: true })
  .partial()
  .extend({ sessions: z.array(sessionJson).optional() })
  .strict()
const conversationJson = conversationSchema
  .partial()
  .extend({
    token: conversationSchema.shape.token,
    // No default here: a missing value means "derive it from the sessions in the call".
    activeSince: z.number().int().nullable().optional(),
    attendees: z.array(attendeeJson).optional(),
  })
  .strict()

/**
 * The zod schema of a world described as plain JSON: settings, users, conversations with
 * their attendees and live sessions, the viewer and the clock's start.
 * @example
 * worldJsonSchema.parse({ viewer: 'alice', users: [{ id: 'alice' }], conversations: [{ token: 'abc123' }] })
 */
export const worldJsonSchema = z
  .object({
    /** Epoch milliseconds, or an ISO date string. */
    clock: z.union([z.number().int().nonnegative(), z.iso.datetime({ offset: true })]).optional(),
    /** A user id, or null for an anonymous guest. */
    viewer: z.string().nullable().optional(),
    settings: settingsSchema.partial().strict().optional(),
    users: z.array(userSchema.partial().extend({ id: userSchema.shape.id }).strict()).optional(),
    conversations: z.array(conversationJson).optional(),
  })
  .strict()

/**
 * A world as plain JSON: what `createTalkMock({ world })`, `mock.load()` and
 * `PUT /__talk-mock/world` take, and what `mock.dump()` gives back.
 * @example
 * const world: WorldJson = {
 *   viewer: 'alice',
 *   users: [{ id: 'alice', displayName: 'Alice' }, { id: 'bob' }],
 *   conversations: [{ token: 'abc123', type: 2, attendees: [
 *     { actorId: 'alice', participantType: 1 },
 *     { actorId: 'bob', sessions: [{ inCall: 7 }] },
 *   ] }],
 * }
 */
export type WorldJson = z.input<typeof worldJsonSchema>
