import type { PlainRequest } from '../door/plain-request.js'

/**
 * Request parameters as Nextcloud merges them: URL query, then a JSON or form body on top.
 * Values stay raw (strings from query and forms, JSON types from JSON); cast them with
 * `toBool`/`toInt` as Talk's controller signature would.
 * @example
 * const params = await readParams(request)
 * params.get('flags') // '3' from a form, 3 from JSON
 */
export type Params = Map<string, unknown>

/**
 * Reads the merged parameters of a request: a JSON body (`application/json` or `+json`), a
 * url-encoded form, or the fields of a multipart POST (as PHP fills `$_POST`). A body that does
 * not parse adds nothing; a multipart PUT or DELETE body is never read, as on a real server.
 * @example
 * const params = await readParams({ method: 'DELETE', url: new URL('http://x/?all=1'), headers: {}, body: '', cookies: {} })
 */
export async function readParams(request: PlainRequest): Promise<Params> {
  const params: Params = new Map(request.url.searchParams)
  // Divergence: Nextcloud decodes a JSON body even on GET; the mock reads no GET body (fetch
  // cannot send one).
  if (request.method === 'GET' || request.method === 'HEAD') return params
  const type = request.headers['content-type'] ?? ''
  if (request.method === 'POST' && /^multipart\/form-data\b/i.test(type)) {
    // PHP fills $_POST from a multipart POST itself (files go to $_FILES, not the parameters).
    const form = await formOf(request.body, type)
    for (const [key, value] of form) if (typeof value === 'string') params.set(key, value)
    return params
  }
  // A multipart (or any other) PUT or DELETE body is never parsed: PHP leaves it to the app,
  // and Nextcloud reads only JSON and url-encoded forms.
  const text = request.body
  if (text === '') return params
  if (JSON_CONTENT_TYPE.test(type)) {
    // Divergence: the newest servers answer a JSON body that does not parse with the entry
    // point's 996 "Internal Server Error" (`throwDecodingExceptionIfAny`); the mock ignores it,
    // as older servers do.
    const body = safeJson(text)
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const [key, value] of Object.entries(body)) params.set(key, value)
    }
  } else if (type.includes('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(text)) params.set(key, value)
  }
  return params
}

/** `IRequest::JSON_CONTENT_TYPE_REGEX`: `application/json` and `application/<anything>+json`. */
const JSON_CONTENT_TYPE = /^application\/(?:[a-z0-9.-]+\+)?json\b/

/** The fields of a multipart body; a body that does not parse as one gives none. */
async function formOf(body: string, type: string): Promise<FormData> {
  try {
    // The one place a fetch object still helps: its multipart parser, for a rare kind of body.
    return await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    return new FormData()
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
