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
 * Reads the merged parameters of a request. A body that does not parse adds nothing, as
 * Nextcloud ignores it. Pass `body` when the request's body text was read already.
 * @example
 * const params = await readParams(new Request('http://x/?all=1', { method: 'DELETE' }))
 */
export async function readParams(request: Request, body?: string): Promise<Params> {
  const params: Params = new Map(new URL(request.url).searchParams)
  if (request.method === 'GET' || request.method === 'HEAD') return params
  const type = request.headers.get('content-type') ?? ''
  const text = body ?? (await request.text().catch(() => ''))
  if (text === '') return params
  if (type.includes('application/json')) {
    const body = safeJson(text)
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const [key, value] of Object.entries(body)) params.set(key, value)
    }
  } else if (type.includes('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(text)) params.set(key, value)
  }
  return params
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
