import { Agent, get, type OutgoingHttpHeaders } from 'node:http'

/**
 * What a load run achieved: answered requests per second, and the requests that failed or were
 * answered with another status than 200.
 * @example
 * const { perSecond, failures } = await driveLoad(url, headers, { connections: 50, seconds: 5 })
 */
export interface LoadResult {
  perSecond: number
  requests: number
  failures: number
}

/**
 * Sends `GET url` from `connections` keep-alive clients at once, each asking again as soon as
 * it has read the whole answer, for `seconds`.
 * @example
 * const result = await driveLoad('http://127.0.0.1:4010/ocs/…/call/abc123', headers, { connections: 50, seconds: 5 })
 */
export async function driveLoad(
  url: string,
  headers: OutgoingHttpHeaders,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections })
  let requests = 0
  let failures = 0
  const once = () =>
    new Promise<void>((resolve) => {
      const request = get(url, { agent, headers }, (response) => {
        response.resume()
        response.on('end', () => {
          if (response.statusCode === 200) requests++
          else failures++
          resolve()
        })
      })
      request.on('error', () => {
        failures++
        resolve()
      })
    })
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const client = async () => {
    while (performance.now() < deadline) await once()
  }
  await Promise.all(Array.from({ length: options.connections }, client))
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return { perSecond: requests / elapsed, requests, failures }
}
