/**
 * One request the mock received and what it answered. A body longer than `JOURNAL_BODY_LIMIT`
 * keeps its first characters and ends with a note; `cut` then gives the length it had.
 * @example
 * const entry: JournalEntry = { id: 1, time: 1767261600000, method: 'POST', path: '/ocs/v2.php/apps/spreed/api/v4/call/abc123', requestBody: '{"flags":3}', status: 200, durationMs: 1.2, responseBody: '{"ocs":…}' }
 */
export interface JournalEntry {
  id: number
  /**
   * `talk` for Talk's and Nextcloud's API, `signaling` for the signaling poll and its messages,
   * `chat` for the chat's long poll (`lookIntoFuture=1`), `timeline` for what the world's
   * timeline did (its peers' and moderators' requests), `media` for what the simulated peers'
   * media engine could not do (one line each, in `requestBody`).
   */
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
  /** The full lengths (in characters) of the bodies that were cut; absent when none was. */
  cut?: { requestBody?: number; responseBody?: number }
}

/**
 * What kind of exchange a journal entry is; each kind keeps its own `JOURNAL_LIMIT` entries and
 * `JOURNAL_SIZE_LIMIT` characters, so busy signaling and chat polls never push the Talk requests out.
 * @example
 * const kind: JournalKind = 'signaling'
 */
export type JournalKind = 'talk' | 'signaling' | 'chat' | 'timeline' | 'media'
