import type { World } from '../world/world.js'

/** How many characters of messages wait for one session at most; older ones go first. */
const MAILBOX_CHARACTERS = 1024 * 1024

/** What one world's signaling holds. */
interface WorldSignaling {
  mailboxes: Map<string, { messages: string[]; characters: number }>
  /** What each session's poll last told it of its room. */
  told: Map<string, string>
  /** The poll each session runs now: a newer one ends the older one. */
  polls: Map<string, object>
}

/**
 * One mock's internal signaling state, kept per world (a world replaced mid-request never
 * touches the new one's): the messages waiting for each session, what each session's poll
 * was last told about its room (Talk's `refresh-participant-list` markers, derived instead of
 * posted), the poll each session runs, and the polls waiting for a change.
 * @example
 * const hub = new SignalingHub()
 * hub.post(world, sessionId, '{"type":"offer",…}')
 */
export class SignalingHub {
  readonly #worlds = new WeakMap<World, WorldSignaling>()
  readonly #waiters = new Set<() => void>()
  #waking = false
  #holds = 0
  #held = false
  #toPeers: (world: World, to: string, message: string) => void = () => undefined

  /**
   * Queues a message (a JSON text) for a session that polls. Simulated peers never poll: what is
   * sent to a live one goes to `deliverToPeers`' receiver (Talk stores it until it expires unread).
   * @example hub.post(world, to, text)
   */
  post(world: World, to: string, message: string): void {
    const session = world.sessions.get(to)
    if (session?.liveness === 'peer') return this.#toPeers(world, to, message)
    if (!session || session.liveness === 'silent') return
    const { mailboxes } = this.#of(world)
    const mailbox = mailboxes.get(to) ?? { messages: [], characters: 0 }
    mailboxes.set(to, mailbox)
    mailbox.messages.push(message)
    mailbox.characters += message.length
    while (mailbox.characters > MAILBOX_CHARACTERS && mailbox.messages.length > 1) {
      mailbox.characters -= mailbox.messages.shift()!.length
    }
    this.#sweep(world)
  }

  /**
   * Names who receives the messages sent to simulated peers (their clients' stand-in).
   * @example hub.deliverToPeers((world, to, text) => peers.receive(world, to, text))
   */
  deliverToPeers(receiver: (world: World, to: string, message: string) => void): void {
    this.#toPeers = receiver
  }

  /** Takes the messages waiting for a session. @example const messages = hub.take(world, sessionId) */
  take(world: World, sessionId: string): string[] {
    const { mailboxes } = this.#of(world)
    const messages = mailboxes.get(sessionId)?.messages ?? []
    mailboxes.delete(sessionId)
    return messages
  }

  /** What a session's poll last told it of its room (`undefined` before its first answer). @example hub.told(world, id) */
  told(world: World, sessionId: string): string | undefined {
    return this.#of(world).told.get(sessionId)
  }

  /** Remembers what a session's poll told it. @example hub.tell(world, id, signature) */
  tell(world: World, sessionId: string, signature: string): void {
    this.#of(world).told.set(sessionId, signature)
    this.#sweep(world)
  }

  /**
   * Makes `poll` the one poll of a session; an older one still waiting is to end at once (in the
   * browser, msw does not pass a client's abort on, so a poll Talk's client gave up on would
   * otherwise take the next poll's messages).
   * @example const poll = {}; hub.startPoll(world, id, poll)
   */
  startPoll(world: World, sessionId: string, poll: object): void {
    this.#of(world).polls.set(sessionId, poll)
    this.changed()
  }

  /** Whether `poll` is still its session's poll. @example if (!hub.isCurrentPoll(world, id, poll)) return */
  isCurrentPoll(world: World, sessionId: string, poll: object): boolean {
    return this.#of(world).polls.get(sessionId) === poll
  }

  /** Forgets a poll that answered. @example hub.endPoll(world, id, poll) */
  endPoll(world: World, sessionId: string, poll: object): void {
    const { polls } = this.#of(world)
    if (polls.get(sessionId) === poll) polls.delete(sessionId)
  }

  /**
   * Wakes every waiting poll to look again (once per task, however many changes it made): the
   * world, the clock or the mailboxes changed.
   * @example hub.changed()
   */
  changed(): void {
    if (this.#holds > 0) {
      this.#held = true
      return
    }
    if (this.#waking) return
    this.#waking = true
    queueMicrotask(() => {
      this.#waking = false
      for (const wake of [...this.#waiters]) wake()
    })
  }

  /**
   * Holds wake-ups back while a request is being answered, so that polls see its outcome, never
   * a state half-way through it (a forced join leaves the call before it removes the session).
   * @example hub.hold(); try { await answer() } finally { hub.release() }
   */
  hold(): void {
    this.#holds++
  }

  /** Ends a `hold`; the changes held back wake the polls now. @example hub.release() */
  release(): void {
    this.#holds = Math.max(0, this.#holds - 1)
    if (this.#holds === 0 && this.#held) {
      this.#held = false
      this.changed()
    }
  }

  /**
   * Resolves at the next change, after `timeoutMs` of real time when given, or when `signal`
   * aborts (a client that went away), whichever comes first.
   * @example await hub.nextChange(request.signal, 1000)
   */
  nextChange(signal?: AbortSignal, timeoutMs?: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.#waiters.delete(done)
        signal?.removeEventListener('abort', done)
        if (timer !== undefined) clearTimeout(timer)
        resolve()
      }
      const timer = timeoutMs === undefined ? undefined : setTimeout(done, Math.max(0, timeoutMs))
      this.#waiters.add(done)
      signal?.addEventListener('abort', done)
      if (signal?.aborted) done()
    })
  }

  /** How many polls wait now. @example hub.waiting // 0 once every poll answered */
  get waiting(): number {
    return this.#waiters.size
  }

  #of(world: World): WorldSignaling {
    let state = this.#worlds.get(world)
    if (!state) this.#worlds.set(world, (state = { mailboxes: new Map(), told: new Map(), polls: new Map() }))
    return state
  }

  /** Drops what is kept for sessions that are gone, once there is more of it than sessions. */
  #sweep(world: World): void {
    const state = this.#of(world)
    const limit = 2 * world.sessions.count() + 16
    for (const map of [state.mailboxes, state.told]) {
      if (map.size <= limit) continue
      for (const sessionId of [...map.keys()]) if (!world.sessions.get(sessionId)) map.delete(sessionId)
    }
  }
}
