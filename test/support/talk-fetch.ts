/** Where tests pretend Nextcloud lives; any origin and webroot work. */
export const BASE = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v4'

/**
 * Options of `talkFetch`: a JSON, form or raw body, a user for Basic auth, a client cookie,
 * extra headers, and `ocsApiRequest: false` to leave out the `OCS-APIRequest` header.
 */
export interface TalkFetchOptions {
  body?: unknown
  form?: Record<string, string>
  /** A body sent as it is, with the `Content-Type` given in `headers`. */
  rawBody?: string
  user?: string
  client?: string
  headers?: Record<string, string>
  ocsApiRequest?: boolean
}

/** The parsed OCS document of a JSON answer. */
export interface OcsDocument {
  ocs: { meta: Record<string, unknown>; data: unknown }
}

/**
 * Calls the Talk API as the web client does (JSON, `OCS-APIRequest: true`) and returns the
 * status with the parsed body (`text` holds the raw body when it is not JSON).
 */
export async function talkFetch(method: string, path: string, options: TalkFetchOptions = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.ocsApiRequest !== false) headers['OCS-APIRequest'] = 'true'
  let body = options.rawBody
  if (options.form !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(options.form).toString()
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (options.user) headers.Authorization = `Basic ${btoa(`${options.user}:secret`)}`
  if (options.client) headers.Cookie = `talk_mock_client=${options.client}`
  Object.assign(headers, options.headers)
  const response = await fetch(path.startsWith('http') ? path : `${BASE}${path}`, { method, headers, body })
  const text = await response.text()
  const parsed = parseJson(text)
  const document = isOcsDocument(parsed) ? parsed : undefined
  return { status: response.status, text, body: parsed, meta: document?.ocs.meta, data: document?.ocs.data, response }
}

/**
 * Joins a conversation (opens this client's Talk session) and fails the test when that does
 * not answer 200, so a broken precondition never passes for the outcome under test.
 */
export async function joinConversation(token: string, options: TalkFetchOptions = {}) {
  const result = await talkFetch('POST', `/room/${token}/participants/active`, options)
  if (result.status !== 200) throw new Error(`joining ${token} answered ${result.status}: ${result.text}`)
  return result.data as { sessionId: string; actorType: string; actorId: string; participantType: number }
}

/**
 * Joins a conversation and then its call with `flags`, failing the test unless both answer 200.
 */
export async function joinCallOf(token: string, flags?: number, options: TalkFetchOptions = {}) {
  const room = await joinConversation(token, options)
  const result = await talkFetch('POST', `/call/${token}`, { ...options, body: flags === undefined ? {} : { flags } })
  if (result.status !== 200) throw new Error(`joining the call of ${token} answered ${result.status}: ${result.text}`)
  return room
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

function isOcsDocument(value: unknown): value is OcsDocument {
  return typeof value === 'object' && value !== null && 'ocs' in value
}
