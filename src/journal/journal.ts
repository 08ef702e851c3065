/**
 * One request the mock received and what it answered.
 * @example
 * const entry: JournalEntry = { id: 1, time: 1767261600000, method: 'POST', path: '/ocs/v2.php/apps/spreed/api/v4/call/abc123', requestBody: '{"flags":3}', status: 200, durationMs: 1.2, responseBody: '{"ocs":…}' }
 */
export interface JournalEntry {
  id: number
  /** `talk` for Talk's and Nextcloud's API, `signaling` for the signaling poll and its messages. */
  kind: JournalKind
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

/**
 * What kind of exchange a journal entry is; each kind keeps its own `JOURNAL_LIMIT` entries, so
 * a busy signaling poll never pushes the Talk requests out.
 * @example
 * const kind: JournalKind = 'signaling'
 */
export type JournalKind = 'talk' | 'signaling'

type Pending = Omit<JournalEntry, 'responseBody'> & { response: Response | undefined; responseBody?: string }

/** How many entries of each kind the journal keeps; older ones are dropped. @example JOURNAL_LIMIT === 200 */
export const JOURNAL_LIMIT = 200

/**
 * The requests a mock received, newest last, bounded to `JOURNAL_LIMIT` per kind. Response
 * bodies are read only when the journal is read, so recording costs the hot path almost nothing.
 * @example
 * const journal = new Journal()
 * const entries = await journal.entries()
 */
export class Journal {
  #entries: Pending[] = []
  #signaling: Pending[] = []
  #lastId = 0

  /**
   * Records an exchange. Pass `responseBody` when the body text is known, which spares
   * cloning the response (its stream is then copied for nothing).
   * @example journal.record({ time, method, path, requestBody, durationMs }, response)
   */
  record(
    entry: Omit<JournalEntry, 'id' | 'status' | 'responseBody' | 'kind'> & { kind?: JournalKind },
    response: Response | undefined,
    responseBody?: string,
  ): void {
    const status = response?.type === 'error' ? 0 : (response?.status ?? 0)
    const copy = responseBody === undefined && response && response.type !== 'error' ? response.clone() : undefined
    // Spelled out: spreading `entry` and adding fields made every record cost microseconds.
    const { time, method, path, requestBody, durationMs, kind = 'talk' } = entry
    const id = ++this.#lastId
    const list = kind === 'signaling' ? this.#signaling : this.#entries
    list.push({ id, kind, time, method, path, requestBody, durationMs, status, response: copy, responseBody })
    if (list.length > JOURNAL_LIMIT) list.shift()
  }

  /** The entries of every kind (or of one), oldest first. @example (await journal.entries()).map((e) => e.status) */
  async entries(kind?: JournalKind): Promise<JournalEntry[]> {
    const pending =
      kind === 'talk'
        ? this.#entries
        : kind === 'signaling'
          ? this.#signaling
          : mergeById(this.#entries, this.#signaling)
    return Promise.all(
      pending.map(async (pending) => {
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
    this.#signaling = []
    this.#lastId = 0
  }
}

/** Two lists ordered by id, as one. */
function mergeById(a: Pending[], b: Pending[]): Pending[] {
  if (b.length === 0) return a
  if (a.length === 0) return b
  return [...a, ...b].sort((x, y) => x.id - y.id)
}
