import { expect } from 'vitest'

/**
 * Asserts a v2 OCS answer: the HTTP status equals `statuscode`, the meta is Talk's (`ok`/`OK`
 * for 2xx, `failure` with an empty message otherwise) and `data` is exactly `data`.
 */
export function expectOcs(result: { status: number; body: unknown }, status: number, data: unknown): void {
  const success = status >= 200 && status < 300
  expect(result.status).toBe(status)
  expect(result.body).toEqual({
    ocs: { meta: { status: success ? 'ok' : 'failure', statuscode: status, message: success ? 'OK' : '' }, data },
  })
}
