import { cutBody, type CutBody } from './cut-body.js'
import type { JournalEntry } from './journal.js'

/** An entry as the journal keeps it: bodies cut, the answer possibly still being read. @example const pending: PendingEntry = { ...entry, request: cutBody(text), response: cutBody('') } */
export type PendingEntry = Omit<JournalEntry, 'responseBody' | 'cut'> & {
  request: CutBody
  /** The answer once known; a promise while its stream is still being read. */
  response: CutBody | Promise<CutBody>
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

  /** Keeps an entry; an answer still being read is cut and counted once it is. @example list.add(pending, response) */
  add(pending: PendingEntry, response: Response | undefined): void {
    if (response) {
      // Read at once (and cut), so the journal never holds a whole answer it was not given.
      pending.response = response
        .clone()
        .text()
        .then(cutBody, () => cutBody(''))
        .then((cut) => {
          pending.response = cut
          // An entry dropped (or cleared) meanwhile no longer counts.
          if (this.entries.includes(pending)) {
            this.#size += cut.text.length
            this.#trim()
          }
          return cut
        })
    }
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

/** The characters an entry holds in bodies (an answer still being read counts once it is). */
function sizeOf(pending: PendingEntry): number {
  const response = pending.response instanceof Promise ? 0 : pending.response.text.length
  return pending.request.text.length + response
}
