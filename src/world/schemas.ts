import { z } from 'zod'

/**
 * A Nextcloud user the world knows: a possible viewer, Basic-auth identity or attendee.
 * @example
 * userSchema.parse({ id: 'alice', displayName: 'Alice Adams' })
 */
export const userSchema = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  email: z.string().nullable().default(null),
  status: z.enum(['online', 'away', 'dnd', 'busy', 'invisible', 'offline']).default('online'),
  groups: z.array(z.string()).default([]),
  /** The user's time zone (Nextcloud's `core/timezone` setting), e.g. for download file names. */
  timezone: z.string().default('UTC'),
})

/**
 * A conversation (Talk's "room") with the fields calls depend on.
 * @example
 * conversationSchema.parse({ token: 'abc123', type: 2, name: 'Team' })
 */
export const conversationSchema = z.object({
  token: z.string().regex(/^[a-z0-9]{4,30}$/, 'a token is 4 to 30 characters of a-z and 0-9'),
  type: z.number().int().min(1).max(6),
  name: z.string().default(''),
  readOnly: z.number().int().min(0).max(1).default(0),
  lobbyState: z.number().int().min(0).max(1).default(0),
  /** Unix seconds when the lobby lifts itself; 0 for none. */
  lobbyTimer: z.number().int().min(0).default(0),
  listable: z.number().int().min(0).max(2).default(0),
  password: z.string().default(''),
  defaultPermissions: z.number().int().min(0).max(511).default(0),
  /** Room-level consent switch, used when the server setting is "optional" (2). */
  recordingConsent: z.number().int().min(0).max(1).default(0),
  /** Unix seconds the running call started; null when no call is running. */
  activeSince: z.number().int().nullable().default(null),
  callFlag: z.number().int().min(0).max(15).default(0),
})

/**
 * A member of a conversation (Talk's attendee row).
 * @example
 * attendeeSchema.parse({ id: 1, token: 'abc123', actorType: 'users', actorId: 'alice', participantType: 1 })
 */
export const attendeeSchema = z.object({
  id: z.number().int().positive(),
  token: z.string(),
  actorType: z.enum(['users', 'guests', 'emails', 'federated_users', 'phones', 'groups', 'circles', 'bots', 'bridged']),
  actorId: z.string(),
  displayName: z.string().default(''),
  participantType: z.number().int().min(1).max(6),
  permissions: z.number().int().min(0).max(511).default(0),
  /** Unix seconds of the last call join; 0 when never joined. */
  lastJoinedCall: z.number().int().min(0).default(0),
  /** The invited e-mail address of an `emails` attendee. */
  invitedCloudId: z.string().default(''),
  /** The phone number of a `phones` attendee (E.164). */
  phoneNumber: z.string().default(''),
  /** The SIP call id of a `phones` attendee while it is being dialled out to. */
  callId: z.string().default(''),
})

/**
 * A Talk session: one client's presence in one conversation.
 * @example
 * sessionSchema.parse({ sessionId: 'x'.repeat(255), attendeeId: 1, clientId: 'c1', lastPing: 1767261600 })
 */
export const sessionSchema = z.object({
  sessionId: z.string().min(1).max(512),
  attendeeId: z.number().int().positive(),
  clientId: z.string(),
  inCall: z.number().int().min(0).max(15).default(0),
  /** Unix seconds of the last sign of life. */
  lastPing: z.number().int(),
  state: z.number().int().min(0).max(1).default(1),
})

/**
 * Server-wide settings (app config) that change call rules.
 * @example
 * settingsSchema.parse({ startCalls: 3 })
 */
export const settingsSchema = z.object({
  startCalls: z.number().int().min(0).max(3).default(0),
  recordingConsent: z.number().int().min(0).max(2).default(0),
  /** The server default permissions (app config `default_permissions`); 0 means Talk's 246. */
  defaultPermissions: z.number().int().min(0).max(511).default(0),
  /**
   * How SIP dial-out answers: `'enabled'` dials (201), `'unavailable'` answers 501 as a server
   * whose SIP bridge is not configured or unreachable does, and `{ error, message }` answers 501
   * as a dial-out the signaling server reports as failed does.
   */
  sipDialOut: z
    .union([z.enum(['enabled', 'unavailable']), z.object({ error: z.string(), message: z.string() })])
    .default('enabled'),
})

/** A user of the world. @example const u: User = world.users.get('alice')! */
export type User = z.output<typeof userSchema>
/** A conversation of the world. @example const c: Conversation = world.conversations.get('abc123')! */
export type Conversation = z.output<typeof conversationSchema>
/** An attendee of the world. @example const a: Attendee = world.attendees.get(1)! */
export type Attendee = z.output<typeof attendeeSchema>
/** A Talk session of the world. @example const s: Session = world.sessions.all()[0]! */
export type Session = z.output<typeof sessionSchema>
/** Server settings. @example const s: Settings = world.settings */
export type Settings = z.output<typeof settingsSchema>
