import type { Faker } from '@faker-js/faker'
import { PARTICIPANT_TYPE } from '../constants.js'
import { TalkMockError } from '../errors.js'
import { createClock, type Clock } from './clock.js'
import { createFaker } from './create-faker.js'
import {
  attendeeSchema,
  conversationSchema,
  sessionSchema,
  settingsSchema,
  userSchema,
  type Attendee,
  type Conversation,
  type Session,
  type Settings,
  type User,
} from './schemas.js'
import { randomAlphanumeric } from './random-alphanumeric.js'
import { sha1 } from './sha1.js'
import { Table } from './table.js'
import { validate } from './validate.js'

/** What `addUser` takes: an id, the rest is made up when missing. @example { id: 'alice' } */
export type UserInput = Partial<User> & { id: string }
/** What `addConversation` takes. @example { token: 'abc123', type: 2 } */
export type ConversationInput = Partial<Conversation>
/** What `addAttendee` takes; `id` is the next free one when missing. @example { actorId: 'alice', participantType: 1 } */
export type AttendeeInput = Partial<Omit<Attendee, 'token'>>
/** What `addSession` takes. @example { inCall: 7 } */
export type SessionInput = Partial<Omit<Session, 'attendeeId'>>

/**
 * The in-memory Talk server state: users, conversations, attendees, sessions and settings in
 * `@msw/data` collections with indexes beside them, plus the world's own faker and clock.
 * Every write goes through its methods, which check their input and keep the indexes right.
 * @example
 * const world = new World({ seed: 1 })
 * await world.addUser({ id: 'alice' })
 * const room = await world.addConversation({ token: 'abc123', type: 2 })
 * await world.addAttendee(room.token, { actorId: 'alice', participantType: 1 })
 */
export class World {
  readonly faker: Faker
  readonly clock: Clock
  readonly users = new Table(userSchema, (user) => user.id)
  readonly conversations = new Table(conversationSchema, (room) => room.token)
  readonly attendees = new Table(
    attendeeSchema,
    (attendee) => attendee.id,
    (attendee) => attendee.token,
    (attendee) => actorLookup(attendee.token, attendee.actorType, attendee.actorId),
  )
  readonly sessions = new Table(
    sessionSchema,
    (session) => session.sessionId,
    (session) => session.attendeeId,
  )
  settings: Settings = settingsSchema.parse({})
  /** Who a request without credentials is: a user id, or `null` for an anonymous guest. */
  viewer: string | null = null
  readonly #clientSessions = new Map<string, string>()
  readonly #remembered = new Map<string, unknown>()
  #rememberedRevision = -1
  #lastAttendeeId = 0
  #lastPeerClient = 0

  constructor(options: { seed: number; clockStart?: number }) {
    this.faker = createFaker(options.seed)
    this.clock = createClock(options.clockStart)
  }

  /**
   * Adds a user; a missing display name is made up by the world's faker.
   * @example await world.addUser({ id: 'alice', status: 'dnd' })
   */
  async addUser(input: UserInput): Promise<User> {
    requireObject(input, 'add a user', "{ id: 'alice' }")
    const action = `add user "${String(input.id)}"`
    if (this.users.get(input.id)) throw new TalkMockError(action, 'the id is taken', 'Pick another id.')
    const displayName = input.displayName ?? this.faker.person.fullName()
    return this.users.insert(validate(userSchema, { ...input, displayName }, action))
  }

  /**
   * Adds a conversation; a missing token is made up (8 characters of a-z0-9).
   * @example await world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.PUBLIC })
   */
  async addConversation(input: ConversationInput = {}): Promise<Conversation> {
    requireObject(input, 'add a conversation', "{ token: 'abc123', type: 2 }")
    const token = input.token ?? this.faker.string.alphanumeric({ length: 8, casing: 'lower' })
    const action = `add conversation "${token}"`
    if (this.conversations.get(token)) throw new TalkMockError(action, 'the token is taken', 'Pick another token.')
    const name = input.name ?? this.faker.company.catchPhrase()
    return this.conversations.insert(validate(conversationSchema, { type: 2, ...input, token, name }, action))
  }

  /**
   * Adds an attendee to a conversation. Users must exist and take their display name from the
   * user; a guest without an actor id gets a sha1 one, as Talk names guests.
   * @example await world.addAttendee('abc123', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
   */
  async addAttendee(token: string, input: AttendeeInput): Promise<Attendee> {
    requireObject(input, `add an attendee to "${token}"`, "{ actorId: 'alice' }")
    const actorType = input.actorType ?? 'users'
    const action = `add attendee "${input.actorId ?? actorType}" to "${token}"`
    if (!this.conversations.get(token)) {
      throw new TalkMockError(action, 'no conversation has that token', 'Add the conversation first.')
    }
    let { actorId, displayName } = input
    if (actorType === 'users') {
      const user = actorId === undefined ? undefined : this.users.get(actorId)
      if (!user) throw new TalkMockError(action, `no user "${String(actorId)}"`, 'Add the user first.')
      displayName ??= user.displayName
      if (this.findAttendee(token, 'users', user.id)) {
        throw new TalkMockError(action, 'the user is an attendee already', 'Update that attendee instead.')
      }
    }
    actorId ??= sha1(this.faker.string.alphanumeric(32))
    const participantType =
      input.participantType ?? (actorType === 'guests' ? PARTICIPANT_TYPE.GUEST : PARTICIPANT_TYPE.USER)
    const id = input.id ?? this.#lastAttendeeId + 1
    if (this.attendees.get(id))
      throw new TalkMockError(action, `attendee id ${id} is taken`, 'Leave `id` out or pick another.')
    const attendee = validate(
      attendeeSchema,
      { ...input, actorType, actorId, displayName, participantType, token, id },
      action,
    )
    // Taken before the insert is awaited, so attendees added at once never share an id.
    this.#lastAttendeeId = Math.max(this.#lastAttendeeId, attendee.id)
    return this.attendees.insert(attendee)
  }

  /**
   * Opens a Talk session for an attendee, as joining the conversation does. Without a client
   * id the session belongs to a simulated peer client of its own.
   * @example await world.addSession(attendee, { inCall: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO })
   */
  async addSession(attendee: Attendee | number, input: SessionInput = {}): Promise<Session> {
    if (typeof attendee !== 'number') requireObject(attendee, 'add a session', 'an attendee, or its id')
    requireObject(input, 'add a session', '{ inCall: 7 }')
    const attendeeId = typeof attendee === 'number' ? attendee : attendee.id
    const owner = this.attendees.get(attendeeId)
    const action = `add a session for attendee ${attendeeId}`
    if (!owner) throw new TalkMockError(action, 'no such attendee', 'Add the attendee first.')
    const clientId = input.clientId ?? `peer-${++this.#lastPeerClient}`
    const binding = attendeeBinding(clientId, owner)
    if (this.#clientSessions.has(binding)) {
      throw new TalkMockError(
        action,
        `client "${clientId}" has a session in "${owner.token}" already`,
        'Close it first, or use another client.',
      )
    }
    const values = {
      sessionId: this.newSessionId(),
      lastPing: this.clock.seconds(),
      ...input,
      attendeeId,
      clientId,
    }
    const session = validate(sessionSchema, values, action)
    this.#clientSessions.set(binding, session.sessionId)
    try {
      return await this.sessions.insert(session)
    } catch (error) {
      this.#clientSessions.delete(binding)
      throw error
    }
  }

  /**
   * A fresh Talk session id: 255 random characters of a-z, A-Z and 0-9 from the world's faker.
   * @example const sessionId = world.newSessionId()
   */
  newSessionId(): string {
    return randomAlphanumeric(this.faker, 255)
  }

  /**
   * Closes a session: a raw row deletion, the call state of the conversation stays as it is (to
   * leave the call as Talk does, send `DELETE /call/{token}` or `/room/{token}/participants/active`).
   * @example world.removeSession(session)
   */
  removeSession(session: Session): void {
    const owner = this.attendees.get(session.attendeeId)
    if (owner) this.#clientSessions.delete(attendeeBinding(session.clientId, owner))
    this.sessions.remove(session)
  }

  /**
   * Removes an attendee with its sessions, as raw row deletions (see `removeSession`).
   * @example world.removeAttendee(attendee)
   */
  removeAttendee(attendee: Attendee): void {
    for (const session of this.sessions.inGroup(attendee.id)) this.removeSession(session)
    this.attendees.remove(attendee)
  }

  /** Changes server settings. @example world.updateSettings({ startCalls: START_CALLS.NOBODY }) */
  updateSettings(changes: Partial<Settings>): Settings {
    this.settings = validate(settingsSchema, { ...this.settings, ...changes }, 'update the settings')
    return this.settings
  }

  /** The attendee of an actor in a conversation. @example world.findAttendee('abc123', 'users', 'alice') */
  findAttendee(token: string, actorType: string, actorId: string): Attendee | undefined {
    return this.attendees.lookup(actorLookup(token, actorType, actorId))
  }

  /**
   * The session a client holds in a conversation as one actor (`users/<id>`, or `guest`).
   * @example world.findClientSession('implicit', 'users/alice', 'abc123')
   */
  findClientSession(clientId: string, actor: string, token: string): Session | undefined {
    const sessionId = this.#clientSessions.get(bindingKey(clientId, actor, token))
    return sessionId === undefined ? undefined : this.sessions.get(sessionId)
  }

  /**
   * Grows with every write to the world's tables (users, conversations, attendees, sessions).
   * @example const before = world.revision
   */
  get revision(): number {
    return this.users.revision + this.conversations.revision + this.attendees.revision + this.sessions.revision
  }

  /**
   * A value read from the world's tables, computed once and kept until they change. `key` names
   * the value and whatever else it depends on (such as the clock's second).
   * @example
   * const peers = world.remember(`peers\n${token}\n${world.clock.seconds()}`, () => listPeers(world, token))
   */
  remember<T>(key: string, compute: () => T): T {
    const revision = this.revision
    if (revision !== this.#rememberedRevision || this.#remembered.size >= REMEMBER_LIMIT) {
      this.#remembered.clear()
      this.#rememberedRevision = revision
    }
    if (this.#remembered.has(key)) return this.#remembered.get(key) as T
    const value = compute()
    this.#remembered.set(key, value)
    return value
  }

  /** Every session of every attendee of a conversation. @example world.sessionsIn('abc123') */
  sessionsIn(token: string): Session[] {
    return this.attendees.inGroup(token).flatMap((attendee) => this.sessions.inGroup(attendee.id))
  }
}

/** How many values `remember` keeps at most (a clock moving without writes adds keys). */
const REMEMBER_LIMIT = 64

/** An actor in a conversation; tokens and actor types hold no line breaks, so this is unambiguous. */
function actorLookup(token: string, actorType: string, actorId: string): string {
  return `${token}\n${actorType}\n${actorId}`
}

/** Builders take objects; anything else is a misuse worth a clear message, not a TypeError. */
function requireObject(value: unknown, action: string, example: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TalkMockError(
      action,
      `${value === null ? 'null' : typeof value} is not an object`,
      `Pass e.g. ${example}.`,
    )
  }
}

/** Users are bound by id; every other actor is a guest known only by its client. */
function bindingKey(clientId: string, actor: string, token: string): string {
  return `${clientId}\n${actor}\n${token}`
}

/** The binding of a session held by `attendee` through a client. */
function attendeeBinding(clientId: string, attendee: Attendee): string {
  return bindingKey(clientId, actorKeyOf(attendee.actorType, attendee.actorId), attendee.token)
}

/**
 * The actor a session binding names: users by id, every other actor a guest known only by its
 * client (the PHP session of a real server).
 * @example
 * actorKeyOf('users', 'alice') // 'users/alice'
 */
export function actorKeyOf(actorType: string, actorId: string): string {
  return actorType === 'users' ? `users/${actorId}` : 'guest'
}
