import { expect, it } from 'vitest'
import { JOURNAL_BODY_LIMIT, JOURNAL_LIMIT, JOURNAL_SIZE_LIMIT, Journal } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const { mock } = useTalkMock()
const MiB = 1024 * 1024

const sizeOf = (entries: { requestBody: string; responseBody: string }[]) =>
  entries.reduce((sum, entry) => sum + entry.requestBody.length + entry.responseBody.length, 0)

it('keeps a prefix of a long request body and says it was cut, with the length it had', async () => {
  const body = JSON.stringify({ flags: 3, pad: 'x'.repeat(MiB - 100) })
  await talkFetch('POST', '/call/groupcall', { body: JSON.parse(body) as object })
  const [entry] = await mock.journal.entries()
  expect(entry!.requestBody.startsWith(body.slice(0, JOURNAL_BODY_LIMIT))).toBe(true)
  expect(entry!.requestBody.length).toBeLessThan(JOURNAL_BODY_LIMIT + 100)
  expect(entry!.requestBody).toMatch(/… \[cut by talk-mock: \d+ characters in all\]$/)
  expect(entry!.cut).toEqual({ requestBody: body.length })
})

it('keeps short bodies whole and marks nothing as cut', async () => {
  await talkFetch('POST', '/call/groupcall', { body: { flags: 3 } })
  const [entry] = await mock.journal.entries()
  expect(entry).toMatchObject({ requestBody: '{"flags":3}' })
  expect(entry!.cut).toBeUndefined()
})

it('stays within its size limit whatever the clients send, dropping the oldest entries', async () => {
  const pad = 'y'.repeat(MiB - 100)
  for (let i = 0; i < JOURNAL_LIMIT; i++) await talkFetch('PUT', '/call/groupcall', { body: { flags: 3, pad } })
  const entries = await mock.journal.entries()
  expect(sizeOf(entries)).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT)
  expect(entries.length).toBeGreaterThan(10)
  expect(entries.at(-1)!.id).toBe(JOURNAL_LIMIT)
  expect(
    JSON.stringify(await (await fetch('https://cloud.example.com/__talk-mock/journal')).json()).length,
  ).toBeLessThan(JOURNAL_SIZE_LIMIT * 1.2)
})

it('cuts a long answer it records', async () => {
  const journal = new Journal()
  journal.record(
    { time: 0, method: 'GET', path: '/x', requestBody: '', durationMs: 1 },
    { status: 200, headers: {}, body: 'z'.repeat(JOURNAL_BODY_LIMIT * 3) },
  )
  const [entry] = await journal.entries()
  expect(entry!.responseBody.slice(0, JOURNAL_BODY_LIMIT)).toBe('z'.repeat(JOURNAL_BODY_LIMIT))
  expect(entry!.cut).toEqual({ responseBody: JOURNAL_BODY_LIMIT * 3 })
})
