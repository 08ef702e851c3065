/**
 * An answer as the mock's rules give it, before a door turns it into a fetch `Response` (msw) or
 * writes it to a socket (the standalone server). Status 0 stands for a dropped connection (a
 * network fault, `Response.error()` in fetch terms).
 * @example
 * const answer: PlainAnswer = { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"ocs":…}' }
 */
export interface PlainAnswer {
  status: number
  statusText?: string
  /** Lower-case names, one value each; `Set-Cookie` goes in `cookie`. */
  headers: Record<string, string>
  /** `null` for an answer without a body (405, 204, a HEAD answer). */
  body: string | null
  /** A `Set-Cookie` value the answer hands out (the client cookie). */
  cookie?: string
}

/**
 * The dropped connection: the client sees a network error.
 * @example
 * if (roll < 0.1) return droppedConnection()
 */
export function droppedConnection(): PlainAnswer {
  return { status: 0, headers: {}, body: null }
}

/**
 * A JSON answer as fetch's `Response.json` makes it (`content-type: application/json`).
 * @example
 * jsonAnswer({ error: 'No control route' }, 404)
 */
export function jsonAnswer(value: unknown, status = 200): PlainAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }
}

/**
 * A text answer with its content type (`null` body for none).
 * @example
 * textAnswer(503, 'Service Unavailable', 'text/plain')
 */
export function textAnswer(status: number, body: string | null, contentType?: string): PlainAnswer {
  return { status, headers: contentType === undefined ? {} : { 'content-type': contentType }, body }
}

/**
 * The answer to a `HEAD` request: the status and headers of the answer it stands for, no body,
 * as a web server sends it.
 * @example
 * if (request.method === 'HEAD') answer = withoutBody(answer)
 */
export function withoutBody(answer: PlainAnswer): PlainAnswer {
  return answer.status === 0 || answer.body === null ? answer : { ...answer, body: null }
}
