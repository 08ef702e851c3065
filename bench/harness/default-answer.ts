import { getResponse } from 'msw'
import { createTalkMock } from '../../src/index.js'

/**
 * The body of `GET /call/groupcall` in the `default` scenario (seed 1), as the browser apps'
 * mock answers it: what the plain msw app replays.
 * @example
 * const body = await defaultCallAnswer()
 */
export async function defaultCallAnswer(): Promise<string> {
  const mock = createTalkMock({ scenario: 'default' })
  await mock.ready
  const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
  const request = new Request('http://127.0.0.1/ocs/v2.php/apps/spreed/api/v4/call/groupcall', { headers })
  const response = await getResponse(mock.handlers, request)
  if (response?.status !== 200) throw new Error(`GET /call/groupcall answered ${String(response?.status)}`)
  return response.text()
}
