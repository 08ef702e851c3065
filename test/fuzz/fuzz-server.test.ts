import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { fetchAnswer, fuzz } from './run-fuzz.js'
import { sendRaw, serverRecipe } from './server-recipes.js'

const mock = createTalkMock()
let server: TalkServer

beforeAll(async () => {
  server = await createTalkServer({ mock, port: 0 })
})
afterAll(() => server.close())

it('answers random requests over real sockets only as documented, keeping the world sound', async () => {
  const { requests } = await fuzz('createTalkServer', {
    mock,
    send: (request, signal) =>
      request.raw === undefined ? fetchAnswer(server.url, request, signal) : sendRaw(server.url, request.raw),
    extra: serverRecipe,
  })
  expect(requests).toBeGreaterThan(500)
  // Still serving after all of it.
  expect((await fetch(`${server.url}/__talk-mock/scenario`)).status).toBe(200)
}, 120_000)
