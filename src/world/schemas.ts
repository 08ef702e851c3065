import { z } from 'zod/mini'
import { TOKEN_PATTERN } from './token-rules.js'

/** A whole number from `min` to `max`. */
const int = (min: number, max?: number) =>
  max === undefined ? z.int().check(z.gte(min)) : z.int().check(z.gte(min), z.lte(max))

/**
 * A Nextcloud user the world knows: a possible viewer, Basic-auth identity or attendee.
 * @example
 * userSchema.parse({ id: 'alice', displayName: 'Alice Adams' })
 */
export const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.string(),
  email: z._default(z.nullable(z.string()), null),
  status: z._default(z.enum(['online', 'away', 'dnd', 'busy', 'invisible', 'offline']), 'online'),
  groups: z._default(z.array(z.string()), []),
  /** The user's time zone (Nextcloud's `core/timezone` setting), e.g. for download file names. */
  timezone: z._default(z.string(), 'UTC'),
})

/**
 * A conversation (Talk's "room") with the fields calls depend on.
 * @example
 * conversationSchema.parse({ token: 'abc123', type: 2, name: 'Team' })
 */
export const conversationSchema = z.object({
  /** The numeric id (signaling calls it `roomId`); the next free one when missing. */
  id: int(1),
  token: z.string().check(z.regex(new RegExp(`^${TOKEN_PATTERN}$`), 'a token is 4 to 30 characters of a-z and 0-9')),
  type: int(1, 6),
  name: z._default(z.string(), ''),
  description: z._default(z.string(), ''),
  /** The linked object (`room` for a breakout room, `phone`, `event`, `file`, ...), or none. */
  objectType: z._default(z.string(), ''),
  objectId: z._default(z.string(), ''),
  /** Unix seconds of the last activity (creation, a call starting or ending); 0 for none. */
  lastActivity: z._default(int(0), 0),
  /** Seconds after which messages disappear; 0 for never. */
  messageExpiration: z._default(int(0), 0),
  /** Who may mention everyone: 0 everyone, 1 moderators. */
  mentionPermissions: z._default(int(0, 1), 0),
  readOnly: z._default(int(0, 1), 0),
  lobbyState: z._default(int(0, 1), 0),
  /** Unix seconds when the lobby lifts itself; 0 for none. */
  lobbyTimer: z._default(int(0), 0),
  listable: z._default(int(0, 2), 0),
  password: z._default(z.string(), ''),
  defaultPermissions: z._default(int(0, 511), 0),
  /** Room-level consent switch, used when the server setting is "optional" (2). */
  recordingConsent: z._default(int(0, 1), 0),
  /** Unix seconds the running call started; null when no call is running. */
  activeSince: z._default(z.nullable(z.int()), null),
  callFlag: z._default(int(0, 15), 0),
  /**
   * The server hosting a federated conversation (e.g. `https://remote.example.org`); '' for a
   * local one. This world's rows stand for the remote's conversation as its proxy sees them.
   */
  remoteServer: z._default(z.string(), ''),
  /** The conversation's token on its remote server; '' for a local one. */
  remoteToken: z._default(z.string(), ''),
  /** SIP dial-in: 0 off, 1 on with a PIN per attendee, 2 on without PIN (needs `settings.sipBridge`). */
  sipEnabled: z._default(int(0, 2), 0),
  /**
   * Talk's `call_recording` as last written: 0 none, 1 video, 2 audio, 3/4 starting, 5 failed.
   * A starting recording settles to `recordingSettlesTo` once the clock reaches
   * `recordingSettlesAt` (see `callRecordingOf`).
   */
  callRecording: z._default(int(0, 5), 0),
  /** Unix seconds when a starting recording runs or fails; 0 for none. */
  recordingSettlesAt: z._default(int(0), 0),
  /** What a starting recording becomes: 1 video, 2 audio or 5 failed. */
  recordingSettlesTo: z._default(int(0, 5), 0),
})

/**
 * A member of a conversation (Talk's attendee row).
 * @example
 * attendeeSchema.parse({ id: 1, token: 'abc123', actorType: 'users', actorId: 'alice', participantType: 1 })
 */
export const attendeeSchema = z.object({
  id: int(1),
  token: z.string(),
  actorType: z.enum(['users', 'guests', 'emails', 'federated_users', 'phones', 'groups', 'circles', 'bots', 'bridged']),
  actorId: z.string(),
  displayName: z._default(z.string(), ''),
  participantType: int(1, 6),
  permissions: z._default(int(0, 511), 0),
  /** Unix seconds of the last call join; 0 when never joined. */
  lastJoinedCall: z._default(int(0), 0),
  /** The id of the last chat message the attendee read (Talk's read marker); 0 for none. */
  lastReadMessage: z._default(int(0), 0),
  /** The invited e-mail address of an `emails` attendee. */
  invitedCloudId: z._default(z.string(), ''),
  /** The phone number of a `phones` attendee (E.164). */
  phoneNumber: z._default(z.string(), ''),
  /**
   * The dial-in PIN of a `users` or `emails` attendee; '' lets the world derive a stable one
   * (see `attendeePinOf`) once SIP dial-in is on.
   */
  pin: z._default(z.string().check(z.regex(/^[0-9]*$/, 'a PIN is digits only')), ''),
  /** The SIP call id of a `phones` attendee while it is being dialled out to. */
  callId: z._default(z.string(), ''),
  isFavorite: z._default(z.boolean(), false),
  isArchived: z._default(z.boolean(), false),
  isImportant: z._default(z.boolean(), false),
  isSensitive: z._default(z.boolean(), false),
  /** 0 the server's default, 1 always, 2 on mention, 3 never. */
  notificationLevel: z._default(int(0, 3), 0),
  /** Call notifications: 0 off, 1 on. */
  notificationCalls: z._default(int(0, 1), 1),
})

/**
 * A Talk session: one client's presence in one conversation.
 * @example
 * sessionSchema.parse({ sessionId: 'x'.repeat(255), attendeeId: 1, clientId: 'c1', lastPing: 1767261600 })
 */
export const sessionSchema = z.object({
  sessionId: z.string().check(z.minLength(1), z.maxLength(512)),
  attendeeId: int(1),
  clientId: z.string(),
  inCall: z._default(int(0, 15), 0),
  /** Unix seconds of the last sign of life (see `liveness` for who gives it). */
  lastPing: z.int(),
  state: z._default(int(0, 1), 1),
  /**
   * Who keeps the session alive: `peer`, a simulated peer the world pings for (alive as the
   * clock moves); `silent`, a simulated peer that stopped pinging at `lastPing`; `requests`, a
   * client's session that never polled signaling, kept alive by its own requests; `signaling`,
   * a client's session that polls signaling, kept alive only by its polls (and its join).
   */
  liveness: z._default(z.enum(['peer', 'silent', 'requests', 'signaling']), 'peer'),
})

/**
 * How a client finds its Talk session in a conversation: a client, as an actor (`users/<id>`, or
 * `guest`), in a conversation, finds the session (see `bindingKey`). A session has its own
 * client's binding, and may have more (a cookie-less guest's join also binds the implicit client).
 * @example
 * clientSessionSchema.parse({ clientId: 'implicit', actor: 'guest', token: 'abc123', sessionId: 'x'.repeat(255) })
 */
export const clientSessionSchema = z.object({
  clientId: z.string(),
  actor: z.string().check(z.minLength(1)),
  token: conversationSchema.shape.token,
  sessionId: sessionSchema.shape.sessionId,
})

/**
 * Server-wide settings (app config) that change call rules.
 * @example
 * settingsSchema.parse({ startCalls: 3 })
 */
export const settingsSchema = z.object({
  startCalls: z._default(int(0, 3), 0),
  recordingConsent: z._default(int(0, 2), 0),
  /** The server default permissions (app config `default_permissions`); 0 means Talk's 246. */
  defaultPermissions: z._default(int(0, 511), 0),
  /**
   * How SIP dial-out answers: `'enabled'` dials (201), `'unavailable'` answers 501 as a server
   * whose SIP bridge is not configured or unreachable does, and `{ error, message }` answers 501
   * as a dial-out the signaling server reports as failed does.
   */
  /**
   * The recording server: `'unavailable'` as on a fresh server (none configured, starting
   * answers 400 `config`), `'enabled'` starts recordings, `'failing'` reports every start as
   * failed (`callRecording` 5) once it would have run.
   */
  recording: z._default(z.enum(['unavailable', 'enabled', 'failing']), 'unavailable'),
  /** Seconds from starting a recording until the recording server reports it running (or failed). */
  recordingStartDelay: z._default(int(0, 3600), 5),
  /**
   * The SIP bridge (`sip_bridge_shared_secret` and `sip_bridge_dialin_info`): `'unconfigured'`
   * as on a fresh server, or `'configured'` so moderators can turn dial-in on.
   */
  sipBridge: z._default(z.enum(['unconfigured', 'configured']), 'unconfigured'),
  /** The groups whose users may turn SIP dial-in on (`sip_bridge_groups`); none means everyone. */
  sipGroups: z._default(z.array(z.string()), []),
  /**
   * Talk federation: `'disabled'` as on a fresh server; `'enabled'` with remote servers that
   * answer; `'unreachable'` with remote servers that do not, so the proxy fails (HTTP 422).
   */
  federation: z._default(z.enum(['disabled', 'enabled', 'unreachable']), 'disabled'),
  sipDialOut: z._default(
    z.union([z.enum(['enabled', 'unavailable']), z.object({ error: z.string(), message: z.string() })]),
    'enabled',
  ),
})

/** A user of the world. @example const u: User = world.users.get('alice')! */
export type User = z.output<typeof userSchema>
/** A conversation of the world. @example const c: Conversation = world.conversations.get('abc123')! */
export type Conversation = z.output<typeof conversationSchema>
/** An attendee of the world. @example const a: Attendee = world.attendees.get(1)! */
export type Attendee = z.output<typeof attendeeSchema>
/** A Talk session of the world. @example const s: Session = world.sessions.all()[0]! */
export type Session = z.output<typeof sessionSchema>
/** A client's binding to a session. @example const b: ClientSession = world.clientSessions.all()[0]! */
export type ClientSession = z.output<typeof clientSessionSchema>
/** Server settings. @example const s: Settings = world.settings */
export type Settings = z.output<typeof settingsSchema>
