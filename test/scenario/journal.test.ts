import { expect, it } from 'vitest'
import { JOURNAL_LIMIT } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-mock.js'

const mock = useTalkMock()

it('records method, path, body, status, time and the answer of each Talk request', async () => {
  await mock.reset()
  mock.clock.advance(1_000)
  await talkFetch('POST', '/room/groupcall/participants/active')
  await talkFetch('POST', '/call/groupcall?x=1', { body: { flags: 3 } })
  const entries = await mock.journal.entries()
  expect(entries).toHaveLength(2)
  expect(entries[1]).toMatchObject({
    id: 2,
    method: 'POST',
    path: '/nextcloud/ocs/v2.php/apps/spreed/api/v4/call/groupcall?x=1',
    requestBody: '{"flags":3}',
    status: 200,
    time: mock.clock.now(),
  })
  expect(JSON.parse(entries[1]!.responseBody)).toEqual({
    ocs: { meta: { status: 'ok', statuscode: 200, message: 'OK' }, data: null },
  })
})

it('keeps only the newest entries past its limit', async () => {
  await mock.reset()
  for (let i = 0; i < JOURNAL_LIMIT + 5; i++) await talkFetch('GET', '/call/groupcall')
  const entries = await mock.journal.entries()
  expect(entries).toHaveLength(JOURNAL_LIMIT)
  expect(entries[0]!.id).toBe(6)
})
