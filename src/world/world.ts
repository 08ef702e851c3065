import type { Faker } from '@faker-js/faker'
import { PARTICIPANT_TYPE } from '../constants.js'
import { TalkMockError } from '../errors.js'
import { createClock, type Clock } from './clock.js'
import type { Random } from './create-random.js'
import {
  attendeeSchema,
  clientSessionSchema,
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
import { sha1 } from './sha1.js'
import { Table } from './table.js'
import { validate } from './validate.js'
import { copyRows, deepFreeze, type WorldImage } from './world-image.js'
import { WorldStreams } from './world-streams.js'
import { RememberedValues } from './remembered-values.js'
import { actorKeyOf, actorLookup, attendeeBinding, bindingKey, requireObject } from './bindings.js'
import type { Timeline } from '../timeline/timeline.js'
import { messageSchema, type Message } from './message-schema.js'
import { addMessage, type MessageInput } from './add-message.js'

/** What `addUser` takes: an id, the rest is made up when missing. @example { id: 'alice' } */
export type UserInput = Partial<User> & { id: string }
/** What `addConversation` takes. @example { token: 'abc123', type: 2 } */
export type ConversationInput = Partial<Conversation>
/** What `addAttendee` takes; `id` is the next free one when missing. @example { actorId: 'alice', participantType: 1 } */
export type AttendeeInput = Partial<Omit<Attendee, 'token'>>
/** What a world's subscribers are told changed. @example world.subscribe((change) => change === 'viewer') */
export type WorldChange = 'rows' | 'clock' | 'viewer'
/** What `addSession` takes. @example { inCall: 7 } */
export type SessionInput = Partial<Omit<Session, 'attendeeId'>>

/**
 * The in-memory Talk server state: users, conversations, attendees and sessions stored in
 * `@msw/data` collections (see `Table`), settings, plus the world's own clock, its seeded
 * faker for names (loaded on demand) and its seeded source of ids.
 * Its builders check their input once, and make up what is missing.
 * @example
 * const world = new World({ seed: 1 })
 * await world.addUser({ id: 'alice' })
 * const room = await world.addConversation({ token: 'abc123', type: 2 })
 * await world.addAttendee(room.token, { actorId: 'alice', participantType: 1 })
 */
export class World {
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
  /** How clients find their sessions (see `findClientSession`), by binding and by session. */
  readonly clientSessions = new Table(
    clientSessionSchema,
    (binding) => bindingKey(binding.clientId, binding.actor, binding.token),
    (binding) => binding.sessionId,
  )
  readonly messages = new Table(
    messageSchema,
    (message) => message.id,
    (message) => message.token,
  )
  settings: Settings = structuredClone(DEFAULT_SETTINGS)
  #viewer: string | null = null
  /** What is to happen in the world (peers joining, a moderator ending the call): see src/timeline. */
  timeline: Timeline
  readonly #remembered = new RememberedValues()
  #lastAttendeeId = 0
  #lastConversationId = 0
  #lastPeerClient = 0
  #lastMessageId = 0
  readonly #streams: WorldStreams

  readonly #listeners = new Set<(change: WorldChange) => void>()

  constructor(options: { seed: number; clockStart?: number }) {
    this.#streams = new WorldStreams(options.seed)
    this.clock = createClock(options.clockStart, () => this.#changed('clock'))
    this.timeline = { start: this.clock.now(), events: [] }
    for (const table of this.#tables()) table.onChange = () => this.#changed('rows')
  }

  /** Every table of the world. */
  #tables() {
    return [this.users, this.conversations, this.attendees, this.sessions, this.clientSessions, this.messages] as const
  }

  /**
   * Who a request without credentials is: a user id, or `null` for an anonymous guest. Setting
   * another one tells the subscribers (`'viewer'`).
   * @example world.viewer = 'alice'
   */
  get viewer(): string | null {
    return this.#viewer
  }

  set viewer(viewer: string | null) {
    if (viewer === this.#viewer) return
    this.#viewer = viewer
    this.#changed('viewer')
  }

  /**
   * Calls `listener` after every write to the world's tables (`'rows'`), every move of its clock
   * by hand (`'clock'`) and every change of its viewer (`'viewer'`), however it was made (a
   * request, a builder, a test writing rows); returns the unsubscribe. Waiting signaling polls
   * look again then.
   * @example
   * const stop = world.subscribe((change) => console.log(change))
   */
  subscribe(listener: (change: WorldChange) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #changed(change: WorldChange): void {
    this.#listeners.forEach((listener) => listener(change))
  }

  /** The world's seeded source of opaque ids: session ids, tokens, guest ids, SIP call ids. */
  get random(): Random {
    return this.#streams.random
  }

  /**
   * The world's seeded English faker, once `loadFaker()` has loaded it (builders, scenario
   * functions and `setup` get it loaded). It is loaded on demand because it is the largest
   * part of the mock, and most worlds never need to make up a name after they are built.
   * @example
   * const faker = mock.world.faker // after `await mock.world.loadFaker()`
   */
  get faker(): Faker {
    return this.#streams.faker
  }

  /**
   * Loads the world's seeded English faker (once) and resolves to it.
   * @example
   * const name = (await world.loadFaker()).person.fullName()
   */
  loadFaker(): Promise<Faker> {
    return this.#streams.loadFaker()
  }

  /**
   * Called by the loader once a world is built: faker and ids restart from a seed of their
   * own (see `WorldStreams`), so a world rebuilt from an image answers exactly as the first.
   * @example
   * world.finishBuilding()
   */
  finishBuilding(): void {
    this.#streams.finishBuilding()
  }

  /**
   * Rebuilds a world from an image: the same rows, viewer, settings, clock and counters, ready
   * to serve (as if `finishBuilding()` had been called on it).
   * @example
   * const world = await World.fromImage(image, { clockStart })
   */
  static async fromImage(image: WorldImage, options: { clockStart?: number } = {}): Promise<World> {
    const tables = ['users', 'conversations', 'attendees', 'sessions', 'clientSessions', 'messages'] as const
    if (typeof image !== 'object' || image === null || !tables.every((table) => Array.isArray(image[table]))) {
      throw new TalkMockError(
        'rebuild a world',
        'that is not a world image',
        'Pass what `world.image()` returned (for JSON from `dump()`, use `mock.load`).',
      )
    }
    const world = new World({ seed: image.seed, clockStart: options.clockStart })
    world.clock.set(image.clock)
    world.settings = structuredClone(image.settings)
    world.viewer = image.viewer
    world.timeline = structuredClone(image.timeline) as Timeline
    world.#lastAttendeeId = image.lastAttendeeId
    world.#lastConversationId = image.lastConversationId
    world.#lastPeerClient = image.lastPeerClient
    world.#lastMessageId = image.lastMessageId
    await world.users.restore(image.users)
    await world.conversations.restore(image.conversations)
    await world.attendees.restore(image.attendees)
    await world.sessions.restore(image.sessions)
    await world.clientSessions.restore(image.clientSessions)
    await world.messages.restore(image.messages)
    world.finishBuilding()
    return world
  }

  /**
   * The world as an image, to rebuild it later with `World.fromImage`; the mock takes one right
   * after a world is built, before anyone changes it.
   * @example
   * const image = world.image()
   */
  image(): WorldImage {
    return Object.freeze({
      seed: this.#streams.buildSeed,
      clock: this.clock.now(),
      viewer: this.viewer,
      settings: deepFreeze(structuredClone(this.settings)),
      timeline: deepFreeze(structuredClone(this.timeline)),
      users: copyRows(this.users.all()),
      conversations: copyRows(this.conversations.all()),
      attendees: copyRows(this.attendees.all()),
      sessions: copyRows(this.sessions.all()),
      clientSessions: copyRows(this.clientSessions.all()),
      messages: copyRows(this.messages.all()),
      lastAttendeeId: this.#lastAttendeeId,
      lastConversationId: this.#lastConversationId,
      lastPeerClient: this.#lastPeerClient,
      lastMessageId: this.#lastMessageId,
    })
  }

  /**
   * Adds a user; a missing display name is made up by the world's faker.
   * @example await world.addUser({ id: 'alice', status: 'dnd' })
   */
  async addUser(input: UserInput): Promise<User> {
    requireObject(input, 'add a user', "{ id: 'alice' }")
    if (input.displayName === undefined) await this.loadFaker()
    const action = `add user "${String(input.id)}"`
    if (this.users.get(input.id)) throw new TalkMockError(action, 'the id is taken', 'Pick another id.')
    const displayName = input.displayName ?? this.faker.person.fullName()
    return this.users.insert(this.users.check({ ...input, displayName }, action))
  }

  /**
   * Adds a conversation; a missing token is made up (8 characters of a-z0-9), a missing `id` is
   * the next free one and `lastActivity` defaults to now (its creation).
   * @example await world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.PUBLIC })
   */
  async addConversation(input: ConversationInput = {}): Promise<Conversation> {
    requireObject(input, 'add a conversation', "{ token: 'abc123', type: 2 }")
    if (input.name === undefined) await this.loadFaker()
    const token =
      input.token ??
      this.#unused(
        () => this.random.alphanumeric(8, 'lower'),
        (id) => !!this.conversations.get(id),
      )
    const action = `add conversation "${token}"`
    if (this.conversations.get(token)) throw new TalkMockError(action, 'the token is taken', 'Pick another token.')
    const name = input.name ?? this.faker.company.catchPhrase()
    const id = input.id ?? this.#lastConversationId + 1
    if (input.id !== undefined && this.conversations.all().some((room) => room.id === id)) {
      throw new TalkMockError(action, `conversation id ${id} is taken`, 'Leave `id` out or pick another.')
    }
    const values = { type: 2, lastActivity: this.clock.seconds(), ...input, token, name, id }
    const conversation = this.conversations.check(values, action)
    // Taken before the insert is awaited, so conversations added at once never share an id.
    this.#lastConversationId = Math.max(this.#lastConversationId, conversation.id)
    return this.conversations.insert(conversation)
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
    actorId ??= this.#unused(
      () => sha1(this.random.alphanumeric(32)),
      (id) => this.findAttendee(token, actorType, id) !== undefined,
    )
    const participantType =
      input.participantType ?? (actorType === 'guests' ? PARTICIPANT_TYPE.GUEST : PARTICIPANT_TYPE.USER)
    const id = input.id ?? this.#lastAttendeeId + 1
    if (this.attendees.get(id))
      throw new TalkMockError(action, `attendee id ${id} is taken`, 'Leave `id` out or pick another.')
    const attendee = this.attendees.check(
      { ...input, actorType, actorId, displayName, participantType, token, id },
      action,
    )
    // Taken before the insert is awaited, so attendees added at once never share an id.
    this.#lastAttendeeId = Math.max(this.#lastAttendeeId, attendee.id)
    return this.attendees.insert(attendee)
  }

  /**
   * Opens a Talk session for an attendee, as joining the conversation does. Without a client
   * id the session belongs to a simulated peer client of its own, which the world keeps alive
   * (`liveness: 'peer'`; pass `'silent'` for one that stopped pinging at `lastPing`); with one,
   * it is a client's session kept alive by its requests until it polls signaling.
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
    const bound = this.clientSessions.get(binding)
    // A binding whose session is gone (a raw removal of the session row) binds nothing.
    if (bound !== undefined && this.sessions.get(bound.sessionId)) {
      throw new TalkMockError(
        action,
        `client "${clientId}" has a session in "${owner.token}" already`,
        'Close it first, or use another client.',
      )
    }
    if (bound !== undefined) this.clientSessions.remove(bound)
    const values = {
      sessionId: this.newSessionId(),
      lastPing: this.clock.seconds(),
      // A session without a client of its own is a simulated peer, which the world keeps alive.
      liveness: input.clientId === undefined ? 'peer' : 'requests',
      ...input,
      attendeeId,
      clientId,
    }
    const session = this.sessions.check(values, action)
    const clientSession = this.clientSessions.check(
      { clientId, actor: actorKeyOf(owner.actorType, owner.actorId), token: owner.token, sessionId: session.sessionId },
      action,
    )
    // Both are taken at once, so a session added at the same time for this client is refused.
    const inserts = [this.sessions.insert(session), this.clientSessions.insert(clientSession)] as const
    try {
      const [stored] = await Promise.all(inserts)
      return stored
    } catch (error) {
      // Only what this call stored is taken back: a failed insert stored nothing.
      const [storedSession, storedBinding] = await Promise.allSettled(inserts)
      if (storedBinding.status === 'fulfilled') this.clientSessions.remove(storedBinding.value)
      if (storedSession.status === 'fulfilled') this.sessions.remove(storedSession.value)
      throw error
    }
  }

  /**
   * Lets `clientId` find a session of another client too (the implicit client, a cookie-less
   * request, finds the newest session a cookie-less join opened). It replaces what that client
   * found before, and ends with the session.
   * @example
   * await world.bindClientSession('implicit', session)
   */
  async bindClientSession(clientId: string, session: Session): Promise<void> {
    const owner = this.attendees.get(session.attendeeId)
    if (!owner || !this.sessions.get(session.sessionId)) {
      throw new TalkMockError('bind a client to a session', 'the world has no such session', 'Add the session first.')
    }
    const binding = attendeeBinding(clientId, owner)
    const before = this.clientSessions.get(binding)
    if (before?.sessionId === session.sessionId) return
    if (before) this.clientSessions.remove(before)
    const actor = actorKeyOf(owner.actorType, owner.actorId)
    await this.clientSessions.insert({ clientId, actor, token: owner.token, sessionId: session.sessionId })
  }

  /**
   * A fresh Talk session id: 255 random characters of a-z, A-Z and 0-9 from the world's ids,
   * never one the world holds (a world loaded from a dump restarts the stream that made its ids).
   * @example const sessionId = world.newSessionId()
   */
  newSessionId(): string {
    return this.#unused(
      () => this.random.alphanumeric(255),
      (id) => this.sessions.get(id) !== undefined,
    )
  }

  /** Draws until it gets a value nobody holds; the same world draws the same values. */
  #unused(draw: () => string, taken: (value: string) => boolean): string {
    let value = draw()
    while (taken(value)) value = draw()
    return value
  }

  /**
   * Closes a session: a raw row deletion, the call state of the conversation stays as it is (to
   * leave the call as Talk does, send `DELETE /call/{token}` or `/room/{token}/participants/active`).
   * @example world.removeSession(session)
   */
  removeSession(session: Session): void {
    for (const binding of this.clientSessions.inGroup(session.sessionId)) this.clientSessions.remove(binding)
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

  /**
   * Writes a chat message into a conversation: the next free id, written now unless
   * `timestamp` says otherwise (see `addMessage` for what it checks).
   * @example await world.addMessage('abc123', { actorId: 'alice', message: 'Hello' })
   */
  addMessage(token: string, input: MessageInput): Promise<Message> {
    return addMessage(this, token, input)
  }

  /**
   * Takes a message id: the next free one, or `wanted` (the counter moves past it).
   * @example const id = world.takeMessageId()
   */
  takeMessageId(wanted?: number): number {
    const id = wanted ?? this.#lastMessageId + 1
    this.#lastMessageId = Math.max(this.#lastMessageId, id)
    return id
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
    const binding = this.clientSessions.get(bindingKey(clientId, actor, token))
    return binding === undefined ? undefined : this.sessions.get(binding.sessionId)
  }

  /**
   * Grows with every write to the world's tables (users, conversations, attendees, sessions, messages).
   * @example const before = world.revision
   */
  get revision(): number {
    let revision = 0
    for (const table of this.#tables()) revision += table.revision
    return revision
  }

  /**
   * A value read from the world's tables, computed once and kept until they change. `key` names
   * the value and whatever else it depends on (such as the clock's second).
   * @example
   * const peers = world.remember(`peers\n${token}\n${world.clock.seconds()}`, () => listPeers(world, token))
   */
  remember<T>(key: string, compute: () => T): T {
    return this.#remembered.get(this.revision, key, compute)
  }

  /** Every session of every attendee of a conversation. @example world.sessionsIn('abc123') */
  sessionsIn(token: string): Session[] {
    return this.attendees.inGroup(token).flatMap((attendee) => this.sessions.inGroup(attendee.id))
  }
}

/** A server's settings out of the box; each world gets a copy of its own. */
const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
