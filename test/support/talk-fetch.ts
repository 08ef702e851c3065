/** Where tests pretend Nextcloud lives; any origin and webroot work. */
export const BASE = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v4'

/** Options of `talkFetch`: a JSON body, a user for Basic auth, a client cookie, extra headers. */
export interface TalkFetchOptions {
  body?: unknown
  user?: string
  client?: string
  headers?: Record<string, string>
}

/**
 * Calls the Talk API as the web client does (JSON, `OCS-APIRequest: true`) and returns the
 * status with the parsed body.
 */
export async function talkFetch(method: string, path: string, options: TalkFetchOptions = {}) {
  const headers: Record<string, string> = { 'OCS-APIRequest': 'true', Accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.user) headers.Authorization = `Basic ${btoa(`${options.user}:secret`)}`
  if (options.client) headers.Cookie = `talk_mock_client=${options.client}`
  const response = await fetch(path.startsWith('http') ? path : `${BASE}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()
  const body = text === '' ? undefined : (JSON.parse(text) as { ocs: { meta: Record<string, unknown>; data: unknown } })
  return { status: response.status, body, meta: body?.ocs?.meta, data: body?.ocs?.data, response }
}
