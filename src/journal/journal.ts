import { cutBody, JOURNAL_BODY_LIMIT, type CutBody } from './cut-body.js'

export { JOURNAL_BODY_LIMIT }

/**
 * One request the mock received and what it answered. A body longer than `JOURNAL_BODY_LIMIT`
 * keeps its first characters and ends with a note; `cut` then gives the length it had.
 * @example
 * const entry: JournalEntry = { id: 1, time: 1767261600000, method: 'POST', path: '/ocs/v2.php/apps/spreed/api/v4/call/abc123', requestBody: '{"flags":3}', status: 200, durationMs: 1.2, responseBody: '{"ocs":…}' }
 */
export interface JournalEntry {
  id: number
  /** World clock (epoch ms) when the request arrived. */
  time: number
  method: string
  /** Path and query, without the origin. */
  path: string
  requestBody: string
  /** 0 for a network error. */
  status: number
  /** Real time the mock took to answer (includes overlay latency). */
  durationMs: number
  responseBody: string
  /** The full lengths (in characters) of the bodies that were cut; absent when none was. */
  cut?: { requestBody?: number; responseBody?: number }
}

type Pending = Omit<JournalEntry, 'responseBody' | 'cut'> & {
  request: CutBody
  /** The answer once known; a promise while its stream is still being read. */
  response: CutBody | Promise<CutBody>
}

/** How many entries the journal keeps; older ones are dropped. @example JOURNAL_LIMIT === 200 */
export const JOURNAL_LIMIT = 200

/**
 * How many characters of bodies all entries keep together (2 Mi, at most 4 MB of memory);
 * past it the oldest entries are dropped, so the journal stays small whatever clients send.
 * @example JOURNAL_SIZE_LIMIT === 2097152
 */
export const JOURNAL_SIZE_LIMIT = 2 * 1024 * 1024

/**
 * The requests a mock received, newest last, bounded to `JOURNAL_LIMIT` entries and
 * `JOURNAL_SIZE_LIMIT` characters of bodies (each body cut to `JOURNAL_BODY_LIMIT`).
 * @example
 * const journal = new Journal()
 * const entries = await journal.entries()
 */
export class Journal {
  #entries: Pending[] = []
  #size = 0
  #lastId = 0

  /**
   * Records an exchange. Pass `responseBody` when the body text is known, which spares
   * cloning the response (its stream is then copied for nothing).
   * @example journal.record({ time, method, path, requestBody, durationMs }, response)
   */
  record(
    entry: Omit<JournalEntry, 'id' | 'status' | 'responseBody' | 'cut'>,
    response: Response | undefined,
    responseBody?: string,
  ): void {
    const status = response?.type === 'error' ? 0 : (response?.status ?? 0)
    // Spelled out: spreading `entry` and adding fields made every record cost microseconds.
    const { time, method, path, requestBody, durationMs } = entry
    const id = ++this.#lastId
    const pending: Pending = {
      time,
      method,
      path,
      requestBody: '',
      durationMs,
      id,
      status,
      request: cutBody(requestBody),
      response: cutBody(responseBody ?? ''),
    }
    if (responseBody === undefined && response && response.type !== 'error') {
      // Read at once (and cut), so the journal never holds a whole answer it was not given.
      pending.response = response
        .clone()
        .text()
        .then(cutBody, () => cutBody(''))
        .then((cut) => {
          pending.response = cut
          // An entry dropped (or cleared) meanwhile no longer counts.
          if (this.#entries.includes(pending)) {
            this.#size += cut.text.length
            this.#trim()
          }
          return cut
        })
    }
    this.#entries.push(pending)
    this.#size += sizeOf(pending)
    this.#trim()
  }

  /** The entries, oldest first. @example (await journal.entries()).map((e) => e.status) */
  async entries(): Promise<JournalEntry[]> {
    return Promise.all(
      this.#entries.map(async (pending) => {
        const { request, response: answer, ...rest } = pending
        const response = await answer
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
    this.#entries = []
    this.#size = 0
    this.#lastId = 0
  }

  #trim(): void {
    while (this.#entries.length > JOURNAL_LIMIT || (this.#size > JOURNAL_SIZE_LIMIT && this.#entries.length > 1)) {
      this.#size -= sizeOf(this.#entries.shift()!)
    }
  }
}

/** The characters an entry holds in bodies (an answer still being read counts once it is). */
function sizeOf(pending: Pending): number {
  const response = pending.response instanceof Promise ? 0 : pending.response.text.length
  return pending.request.text.length + response
}
