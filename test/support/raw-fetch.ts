/** Where tests pretend Nextcloud lives, without the OCS entry point. */
export const ORIGIN = 'https://cloud.example.com/nextcloud'

/** The URL of a Talk route below `/apps/spreed` through `/ocs/v1.php` or `/ocs/v2.php`. */
export function ocsUrl(entry: 1 | 2, path: string): string {
  return `${ORIGIN}/ocs/v${entry}.php/apps/spreed${path}`
}

/** Options of `rawFetch`: extra headers (no `Accept` unless given), a JSON body, a Basic-auth user. */
export interface RawFetchOptions {
  headers?: Record<string, string>
  body?: unknown
  user?: string
}

/**
 * Calls a URL with `OCS-APIRequest: true` and nothing else unless asked (so OCS answers in XML),
 * and returns the status, headers and body text as they came.
 */
export async function rawFetch(method: string, url: string, options: RawFetchOptions = {}) {
  const headers: Record<string, string> = { 'OCS-APIRequest': 'true', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.user) headers.Authorization = `Basic ${btoa(`${options.user}:secret`)}`
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}
