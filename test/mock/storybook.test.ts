import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { talkScenario } from '../../src/runtimes/storybook.js'
import { forgetMswCookies } from '../support/forget-msw-cookies.js'
import { BASE, talkFetch } from '../support/talk-fetch.js'

const lobby = talkScenario('lobby-active')
const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
// The stories hand out cookies through msw's HttpResponse, which msw keeps for the process.
afterAll(async () => {
  await forgetMswCookies(server, new URL(BASE).origin)
  server.close()
})

it('hands the handlers to msw-storybook-addon 3 through context.msw', async () => {
  const use = vi.fn((...handlers: Parameters<typeof server.use>) => server.use(...handlers))
  await lobby({ msw: { use } })
  expect(use).toHaveBeenCalledWith(...lobby.handlers)
  await talkFetch('POST', '/room/webinar/participants/active')
  expect((await talkFetch('POST', '/call/webinar')).status).toBe(412)
})

it('resets the world before each story, so one story leaves nothing behind for the next', async () => {
  server.use(...lobby.handlers)
  await talkFetch('POST', '/room/webinar/participants/active', { user: 'peer1' })
  await talkFetch('DELETE', '/call/webinar', { user: 'peer1', body: { all: true } })
  expect((await talkFetch('GET', '/call/webinar', { user: 'peer1' })).data).toEqual([])
  await lobby()
  expect((await talkFetch('GET', '/call/webinar', { user: 'peer1' })).data).toHaveLength(2)
})

it('works as parameters.msw.handlers for addon 2 and CSF3', async () => {
  const oneToOne = talkScenario('one-to-one', { seed: 3 })
  server.use(...oneToOne.handlers)
  expect((await talkFetch('GET', '/call/direct')).data).toHaveLength(1)
})

it('serves the scenario under the story app token', async () => {
  const mine = talkScenario('lobby-active', { token: 'abc123' })
  await mine({ msw: { use: (...handlers: Parameters<typeof server.use>) => server.use(...handlers) } })
  await talkFetch('POST', '/room/abc123/participants/active')
  expect((await talkFetch('POST', '/call/abc123')).status).toBe(412)
  expect(mine.mock.scenario.token).toBe('abc123')
})

it('starts a story at a point of the scenario’s timeline, every time', async () => {
  const halfFull = talkScenario('peers-join-over-time', { at: 30_000 })
  server.use(...halfFull.handlers)
  await halfFull()
  expect((await talkFetch('GET', '/call/fillingup')).data).toHaveLength(3)
  await halfFull.mock.clock.advance(30_000)
  expect((await talkFetch('GET', '/call/fillingup')).data).toHaveLength(5)
  await halfFull()
  expect((await talkFetch('GET', '/call/fillingup')).data).toHaveLength(3)
})
