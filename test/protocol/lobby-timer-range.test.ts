import { describe, expect, it } from 'vitest'
import { ocsUrl } from '../support/raw-fetch.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'lobby-moderator' })

const lobbyUrl = (entry: 1 | 2) => ocsUrl(entry, '/api/v4/room/webinar/webinar/lobby')

/** The HTTP status and OCS status code of one answer, whichever entry point it came through. */
async function setLobby(entry: 1 | 2, send: { body?: unknown; form?: Record<string, string>; raw?: string }) {
  const { raw, ...rest } = send
  const json = raw === undefined ? {} : { rawBody: raw, headers: { 'Content-Type': 'application/json' } }
  const result = await talkFetch('PUT', lobbyUrl(entry), { ...rest, ...json })
  return { http: result.status, code: result.meta?.statuscode, data: result.data }
}

describe('PUT /room/{token}/webinar/lobby with a timer out of range', () => {
  // PHP casts a JSON float past the integer range modulo 2^64 (`zend_dval_to_lval`): 1e300 is a
  // multiple of 2^64, so Talk sees timer 0 and stores no timer.
  it.each([1, 2] as const)(
    'stores no timer for the JSON float 1e300 through v%i, as PHP casts it to 0',
    async (entry) => {
      const answer = await setLobby(entry, { body: { state: 1, timer: 1e300 } })
      expect(answer.code).toBe(entry === 1 ? 100 : 200)
      expect(answer.data).toMatchObject({ lobbyState: 1, lobbyTimer: 0 })
      expect(mock.world.conversations.get('webinar')).toMatchObject({ lobbyState: 1, lobbyTimer: 0 })
    },
  )

  it.each([
    ['the JSON string "99999999999999999999"', { body: { state: 1, timer: '99999999999999999999' } }],
    // Sent as raw JSON text: PHP reads it as the exact integer, JS would round it on the way out.
    ['the JSON number 9007199254740993', { raw: '{"state":1,"timer":9007199254740993}' }],
    ['the form value 99999999999999999999', { form: { state: '1', timer: '99999999999999999999' } }],
    ['the form value 1e300', { form: { state: '1', timer: '1e300' } }],
    ['a timer past the year 9999', { body: { state: 1, timer: 253402300800 } }],
  ])('answers 400 value to %s on both entry points and leaves the lobby as it was', async (_, send) => {
    for (const entry of [1, 2] as const) {
      const answer = await setLobby(entry, send)
      expect([answer.http, answer.code, answer.data]).toEqual([entry === 1 ? 200 : 400, 400, { error: 'value' }])
    }
    expect(mock.world.conversations.get('webinar')).toMatchObject({ lobbyState: 1, lobbyTimer: 0 })
  })

  it('keeps the last second of the year 9999 as a timer', async () => {
    const answer = await setLobby(2, { body: { state: 1, timer: 253402300799 } })
    expect([answer.http, (answer.data as { lobbyTimer: number }).lobbyTimer]).toEqual([200, 253402300799])
  })
})
