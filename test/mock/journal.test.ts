import { expect, it } from 'vitest'
import { JOURNAL_LIMIT } from '../../src/index.js'
import { pollOwnMessage } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const { mock } = useTalkMock()

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

it('keeps signaling apart, so polls never push Talk requests out', async () => {
  await mock.reset()
  const joined = await talkFetch('POST', '/room/groupcall/participants/active')
  const { sessionId } = joined.data as { sessionId: string }
  for (let i = 0; i < JOURNAL_LIMIT / 2 + 5; i++) await pollOwnMessage('groupcall', sessionId)
  const talk = await mock.journal.entries('talk')
  expect(talk).toEqual([expect.objectContaining({ kind: 'talk', method: 'POST' })])
  const signaling = await mock.journal.entries('signaling')
  expect(signaling).toHaveLength(JOURNAL_LIMIT)
  expect(signaling.every((entry) => entry.kind === 'signaling')).toBe(true)
  const all = await mock.journal.entries()
  expect(all).toHaveLength(JOURNAL_LIMIT + 1)
  expect(all[0]!.kind).toBe('talk')
})

it('is emptied by a reset, and kept across a scenario switch and a load (as the JSDoc of each says)', async () => {
  await mock.reset()
  await talkFetch('GET', '/call/groupcall')
  await mock.useScenario('lobby-active')
  await talkFetch('GET', '/call/webinar')
  expect((await mock.journal.entries()).map((entry) => entry.path)).toEqual([
    expect.stringMatching(/\/call\/groupcall$/),
    expect.stringMatching(/\/call\/webinar$/),
  ])
  await mock.load(mock.dump())
  expect(await mock.journal.entries()).toHaveLength(2)
  await mock.reset()
  expect(await mock.journal.entries()).toEqual([])
})
