import type { PlainAnswer } from '../door/plain-answer.js'
import { cutBody, JOURNAL_BODY_LIMIT } from './cut-body.js'
import type { JournalEntry, JournalKind } from './journal-entry.js'
import { JournalList, type PendingEntry } from './journal-list.js'

export { JOURNAL_BODY_LIMIT }
export type { JournalEntry, JournalKind }

/** How many entries of each kind the journal keeps; older ones are dropped. @example JOURNAL_LIMIT === 200 */
export const JOURNAL_LIMIT = 200

/**
 * How many characters of bodies the entries of one kind keep together (2 Mi, at most 4 MB of
 * memory); past it the oldest entries are dropped, so the journal stays small whatever clients send.
 * @example JOURNAL_SIZE_LIMIT === 2097152
 */
export const JOURNAL_SIZE_LIMIT = 2 * 1024 * 1024

/**
 * The requests a mock received, newest last, bounded per kind to `JOURNAL_LIMIT` entries and
 * `JOURNAL_SIZE_LIMIT` characters of bodies (each body cut to `JOURNAL_BODY_LIMIT`).
 * @example
 * const journal = new Journal()
 * const entries = await journal.entries()
 */
export class Journal {
  readonly #talk = new JournalList(JOURNAL_LIMIT, JOURNAL_SIZE_LIMIT)
  readonly #signaling = new JournalList(JOURNAL_LIMIT, JOURNAL_SIZE_LIMIT)
  readonly #chat = new JournalList(JOURNAL_LIMIT, JOURNAL_SIZE_LIMIT)
  readonly #timeline = new JournalList(JOURNAL_LIMIT, JOURNAL_SIZE_LIMIT)
  readonly #media = new JournalList(JOURNAL_LIMIT, JOURNAL_SIZE_LIMIT)
  #lastId = 0

  /**
   * Records an exchange: the request and the answer given (none when the mock answered nothing).
   * @example journal.record({ time, method, path, requestBody, durationMs, kind: 'talk' }, answer)
   */
  record(
    entry: Omit<JournalEntry, 'id' | 'status' | 'responseBody' | 'cut' | 'kind'> & { kind?: JournalKind },
    answer: PlainAnswer | undefined,
  ): void {
    const status = answer?.status ?? 0
    // Spelled out: spreading `entry` and adding fields made every record cost microseconds.
    const { time, method, path, requestBody, durationMs, kind = 'talk' } = entry
    const id = ++this.#lastId
    const pending: PendingEntry = {
      id,
      kind,
      time,
      method,
      path,
      requestBody: '',
      durationMs,
      status,
      request: cutBody(requestBody),
      response: cutBody(answer?.body ?? ''),
    }
    this.#list(kind).add(pending)
  }

  /** The entries of every kind (or of one), oldest first. @example (await journal.entries()).map((e) => e.status) */
  async entries(kind?: JournalKind): Promise<JournalEntry[]> {
    const pending = kind
      ? this.#list(kind).entries
      : [this.#signaling, this.#chat, this.#timeline, this.#media].reduce(
          (all, list) => mergeById(all, list.entries),
          this.#talk.entries,
        )
    return Promise.resolve(
      pending.map((pending) => {
        const { request, response, ...rest } = pending
        const entry: JournalEntry = { ...rest, requestBody: request.text, responseBody: response.text }
        if (request.length !== undefined || response.length !== undefined) {
          entry.cut = {}
          if (request.length !== undefined) entry.cut.requestBody = request.length
          if (response.length !== undefined) entry.cut.responseBody = response.length
        }
        return entry
      }),
    )
  }

  /** Forgets every entry; numbering starts again at 1. @example journal.clear() */
  clear(): void {
    this.#talk.clear()
    this.#signaling.clear()
    this.#chat.clear()
    this.#timeline.clear()
    this.#media.clear()
    this.#lastId = 0
  }

  #list(kind: JournalKind): JournalList {
    if (kind === 'signaling') return this.#signaling
    if (kind === 'chat') return this.#chat
    if (kind === 'media') return this.#media
    return kind === 'timeline' ? this.#timeline : this.#talk
  }
}

/** Two lists ordered by id, as one. */
function mergeById(a: PendingEntry[], b: PendingEntry[]): PendingEntry[] {
  if (b.length === 0) return a
  if (a.length === 0) return b
  return [...a, ...b].sort((x, y) => x.id - y.id)
}
