import { z } from 'zod/mini'
import { LAST_CLOCK_TIME } from './clock.js'
import { timelineJsonSchema } from '../timeline/timeline-schema.js'
import { attendeeSchema, conversationSchema, sessionSchema, settingsSchema, userSchema } from './schemas.js'
import { messageSchema } from './message-schema.js'

const sessionJson = z.strictObject({
  ...z.partial(z.omit(sessionSchema, { attendeeId: true })).shape,
  // No default: a session with a client of its own is the client's, one without a simulated peer.
  liveness: z.optional(z.enum(['peer', 'silent', 'requests', 'signaling'])),
  /** Clients besides its own (`clientId`) that find the session: a cookie-less guest's join binds the implicit client too. */
  boundClients: z.optional(z.array(z.string())),
})
const attendeeJson = z.strictObject({
  ...z.partial(z.omit(attendeeSchema, { token: true })).shape,
  sessions: z.optional(z.array(sessionJson)),
})
// Written in order; a missing id is the next free one, a missing timestamp the world's clock.
const messageJson = z.strictObject(z.partial(z.omit(messageSchema, { token: true })).shape)
const conversationJson = z.strictObject({
  ...z.partial(conversationSchema).shape,
  token: conversationSchema.shape.token,
  // No default here: a missing value means "derive it from the sessions in the call".
  activeSince: z.optional(z.nullable(z.int())),
  // No default here either: a missing value means "when the conversation was made".
  lastActivity: z.optional(z.int().check(z.gte(0))),
  attendees: z.optional(z.array(attendeeJson)),
  /** The chat, oldest first. */
  messages: z.optional(z.array(messageJson)),
})

/**
 * The zod schema of a world described as plain JSON: settings, users, conversations with
 * their attendees and live sessions, the viewer and the clock's start.
 * @example
 * worldJsonSchema.parse({ viewer: 'alice', users: [{ id: 'alice' }], conversations: [{ token: 'abc123' }] })
 */
export const worldJsonSchema = z.strictObject({
  /** Epoch milliseconds (up to what a `Date` can hold), or an ISO date string. */
  clock: z.optional(z.union([z.int().check(z.gte(0), z.lte(LAST_CLOCK_TIME)), z.iso.datetime({ offset: true })])),
  /** A user id, or null for an anonymous guest. */
  viewer: z.optional(z.nullable(z.string())),
  settings: z.optional(z.strictObject(z.partial(settingsSchema).shape)),
  users: z.optional(z.array(z.strictObject({ ...z.partial(userSchema).shape, id: userSchema.shape.id }))),
  conversations: z.optional(z.array(conversationJson)),
  /** Events at clock offsets (peers joining, a moderator ending the call): see src/timeline. */
  timeline: z.optional(timelineJsonSchema),
})

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
