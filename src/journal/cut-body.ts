/** How many characters of each body a journal entry keeps (16 Ki). @example JOURNAL_BODY_LIMIT === 16384 */
export const JOURNAL_BODY_LIMIT = 16 * 1024

/**
 * A body as the journal keeps it: the text (cut to a prefix with a note when it was long) and,
 * when cut, the length it had.
 * @example
 * const kept: CutBody = { text: '{"flags":3}' }
 */
export interface CutBody {
  text: string
  /** The full length in characters; only set when the text was cut. */
  length?: number
}

/**
 * Cuts a body longer than `JOURNAL_BODY_LIMIT` characters to its first ones, with a note saying
 * so. The prefix is copied, so the journal never keeps the whole body alive through it.
 * @example
 * cutBody('x'.repeat(20_000)).length // 20000
 */
export function cutBody(text: string): CutBody {
  if (text.length <= JOURNAL_BODY_LIMIT) return { text }
  // A slice of a long string can keep the whole string in memory (V8 sliced strings).
  const prefix = decoder.decode(encoder.encode(text.slice(0, JOURNAL_BODY_LIMIT)))
  return { text: `${prefix}… [cut by talk-mock: ${text.length} characters in all]`, length: text.length }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
