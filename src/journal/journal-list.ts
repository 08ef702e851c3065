import type { CutBody } from './cut-body.js'
import type { JournalEntry } from './journal-entry.js'

/** An entry as the journal keeps it: bodies cut. @example const pending: PendingEntry = { ...entry, request: cutBody(text), response: cutBody('') } */
export type PendingEntry = Omit<JournalEntry, 'responseBody' | 'cut'> & {
  request: CutBody
  response: CutBody
}

/**
 * The entries of one kind, bounded by count and by characters of bodies: the oldest go first.
 * @example
 * const talk = new JournalList(200, 2 * 1024 * 1024)
 */
export class JournalList {
  entries: PendingEntry[] = []
  #size = 0

  constructor(
    private readonly countLimit: number,
    private readonly sizeLimit: number,
  ) {}

  /** Keeps an entry, dropping the oldest past the bounds. @example list.add(pending) */
  add(pending: PendingEntry): void {
    this.entries.push(pending)
    this.#size += sizeOf(pending)
    this.#trim()
  }

  /** Forgets every entry. @example list.clear() */
  clear(): void {
    this.entries = []
    this.#size = 0
  }

  #trim(): void {
    while (this.entries.length > this.countLimit || (this.#size > this.sizeLimit && this.entries.length > 1)) {
      this.#size -= sizeOf(this.entries.shift()!)
    }
  }
}

/** The characters an entry holds in bodies. */
function sizeOf(pending: PendingEntry): number {
  return pending.request.text.length + pending.response.text.length
}
