import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTalkMock } from '../../src/index.js'
import { fetchAnswer, fuzz } from './run-fuzz.js'

const mock = createTalkMock()
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

it('answers random requests in process (setupServer) only as documented, keeping the world sound', async () => {
  const { requests } = await fuzz('setupServer', {
    mock,
    send: (request, signal) => fetchAnswer('https://cloud.example.com', request, signal),
  })
  expect(requests).toBeGreaterThan(500)
}, 120_000)
