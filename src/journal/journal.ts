/**
 * One request the mock received and what it answered.
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
}

type Pending = Omit<JournalEntry, 'responseBody'> & { response: Response | undefined; responseBody?: string }

/** How many entries the journal keeps; older ones are dropped. @example JOURNAL_LIMIT === 200 */
export const JOURNAL_LIMIT = 200

/**
 * The requests a mock received, newest last, bounded to `JOURNAL_LIMIT`. Response bodies are
 * read only when the journal is read, so recording costs the hot path almost nothing.
 * @example
 * const journal = new Journal()
 * const entries = await journal.entries()
 */
export class Journal {
  #entries: Pending[] = []
  #lastId = 0

  /**
   * Records an exchange. Pass `responseBody` when the body text is known, which spares
   * cloning the response (its stream is then copied for nothing).
   * @example journal.record({ time, method, path, requestBody, durationMs }, response)
   */
  record(
    entry: Omit<JournalEntry, 'id' | 'status' | 'responseBody'>,
    response: Response | undefined,
    responseBody?: string,
  ): void {
    const status = response?.type === 'error' ? 0 : (response?.status ?? 0)
    const copy = responseBody === undefined && response && response.type !== 'error' ? response.clone() : undefined
    // Spelled out: spreading `entry` and adding fields made every record cost microseconds.
    const { time, method, path, requestBody, durationMs } = entry
    const id = ++this.#lastId
    this.#entries.push({ time, method, path, requestBody, durationMs, id, status, response: copy, responseBody })
    if (this.#entries.length > JOURNAL_LIMIT) this.#entries.shift()
  }

  /** The entries, oldest first. @example (await journal.entries()).map((e) => e.status) */
  async entries(): Promise<JournalEntry[]> {
    return Promise.all(
      this.#entries.map(async (pending) => {
        if (pending.responseBody === undefined) {
          pending.responseBody = pending.response ? await pending.response.text() : ''
          pending.response = undefined
        }
        const { response: _response, ...entry } = pending
        return entry as JournalEntry
      }),
    )
  }

  /** Forgets every entry; numbering starts again at 1. @example journal.clear() */
  clear(): void {
    this.#entries = []
    this.#lastId = 0
  }
}
