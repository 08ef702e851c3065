import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTalkMock } from '../../src/index.js'

const mock = createTalkMock({ scenario: 'default' })
// What an app in the browser may have: a real Nextcloud (here, the app's own handler) behind the mock.
const server = setupServer(
  ...mock.handlers,
  http.get(/\/csrftoken$/, () => HttpResponse.json({ token: 'from-the-real-server' })),
)
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

it('leaves the Nextcloud routes to others unless asked to serve them', async () => {
  const response = await fetch('https://cloud.example.com/index.php/csrftoken')
  expect(await response.json()).toEqual({ token: 'from-the-real-server' })
  expect(mock.nextcloudHandlers).toHaveLength(1)
})
