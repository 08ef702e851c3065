import type { World } from '../world/world.js'

/** How many messages wait for one session at most; older ones are dropped (Talk expires them after 5 min). */
const MAILBOX_LIMIT = 500

/**
 * One mock's internal signaling state: the messages waiting for each session, what each
 * session's poll was last told about its room (Talk's `refresh-participant-list` markers,
 * derived instead of posted), and the polls waiting for a change. It belongs to one world at a
 * time: a new world (reset, switch, load) starts it empty.
 * @example
 * const hub = new SignalingHub()
 * hub.post(world, sessionId, '{"type":"offer",…}')
 */
export class SignalingHub {
  #world: World | undefined
  #mailboxes = new Map<string, string[]>()
  #told = new Map<string, string>()
  readonly #waiters = new Set<() => void>()

  /** Queues a message (a JSON text) for a session of `world`. @example hub.post(world, to, text) */
  post(world: World, to: string, message: string): void {
    const mailbox = this.#mailboxesOf(world).get(to)
    if (mailbox) {
      mailbox.push(message)
      if (mailbox.length > MAILBOX_LIMIT) mailbox.shift()
    } else this.#mailboxesOf(world).set(to, [message])
  }

  /** Takes the messages waiting for a session. @example const messages = hub.take(world, sessionId) */
  take(world: World, sessionId: string): string[] {
    const mailboxes = this.#mailboxesOf(world)
    const messages = mailboxes.get(sessionId) ?? []
    mailboxes.delete(sessionId)
    return messages
  }

  /** What a session's poll last told it of its room (`undefined` before its first answer). @example hub.told(world, id) */
  told(world: World, sessionId: string): string | undefined {
    this.#mailboxesOf(world)
    return this.#told.get(sessionId)
  }

  /** Remembers what a session's poll told it. @example hub.tell(world, id, signature) */
  tell(world: World, sessionId: string, signature: string): void {
    this.#mailboxesOf(world)
    this.#told.set(sessionId, signature)
  }

  /** Wakes every waiting poll to look again: the world (or the clock, or the mailboxes) changed. @example hub.changed() */
  changed(): void {
    for (const wake of [...this.#waiters]) wake()
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

  #mailboxesOf(world: World): Map<string, string[]> {
    if (this.#world !== world) {
      this.#world = world
      this.#mailboxes = new Map()
      this.#told = new Map()
    }
    return this.#mailboxes
  }
}
