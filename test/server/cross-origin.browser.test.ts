import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTalkMock,
  createTalkServer,
  type RequestLogEntry,
  type TalkServer,
} from '../../src/runtimes/http-server.js'
import { runsChromium, useChromium } from '../browser/support/use-chromium.js'
import { talkFetch } from '../support/talk-fetch.js'
import { API, setupCallWorld } from './support/call-world.js'

/** Serves an empty page, the app origin the browser calls the mock from. */
async function serveAppPage(): Promise<{ server: Server; port: number }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>app</title>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

// In CI a missing browser is a failure, never a skip: useChromium then throws MISSING_CHROMIUM.
describe.runIf(runsChromium())('a browser app on another origin', () => {
  const mock = createTalkMock({ setup: setupCallWorld })
  const log: RequestLogEntry[] = []
  let talk: TalkServer
  let app: { server: Server; port: number }
  const chromium = useChromium()

  beforeAll(async () => {
    talk = await createTalkServer({ mock, port: 0, onRequest: (entry) => log.push(entry) })
    app = await serveAppPage()
  }, 60_000)
  afterAll(async () => {
    app?.server.close()
    await talk?.close()
  })

  it('joins a call with credentials through CORS, keeping its session on its own cookie', async () => {
    const page = await chromium.browser.newPage()
    // Different ports of localhost: another origin, but the same site, so the cookie travels.
    await page.goto(`http://localhost:${app.port}/`)
    const statuses = await page.evaluate(async (api) => {
      const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json', 'Content-Type': 'application/json' }
      const call = async (method: string, path: string, body?: unknown) => {
        const init = {
          method,
          headers,
          credentials: 'include' as const,
          body: body === undefined ? undefined : JSON.stringify(body),
        }
        return (await fetch(`${api}${path}`, init)).status
      }
      return [
        await call('GET', '/call/abc123'),
        await call('POST', '/room/abc123/participants/active'),
        await call('POST', '/call/abc123', { flags: 1 }),
        await call('PUT', '/call/abc123', { flags: 3 }),
      ]
    }, `http://localhost:${talk.port}${API}`)

    expect(statuses).toEqual([404, 200, 200, 200])
    expect(log.filter((entry) => entry.method === 'OPTIONS').map((entry) => entry.status)).toContain(204)
    // The session belongs to the browser's cookie: a client without it never joined.
    expect(mock.world.sessions.all().map((session) => session.inCall)).toEqual([3])
    expect((await talkFetch('PUT', `${talk.url}${API}/call/abc123`, { body: { flags: 1 } })).status).toBe(404)
  })

  it("lets @nextcloud/axios's headers through the preflight and shows the answer headers Talk reads", async () => {
    const page = await chromium.browser.newPage()
    await page.goto(`http://localhost:${app.port}/`)
    const read = await page.evaluate(async (api) => {
      // What @nextcloud/axios adds to every request, and Talk's own headers.
      const headers = {
        'X-Requested-With': 'XMLHttpRequest',
        requesttoken: 'token',
        'OCS-APIRequest': 'true',
        'x-nextcloud-talk-session-tab-id': 'tab1',
        Accept: 'application/json, text/plain, */*',
      }
      const response = await fetch(`${api}/room/abc123`, { headers, credentials: 'include' })
      return { status: response.status, hash: response.headers.get('X-Nextcloud-Talk-Hash') }
    }, `http://localhost:${talk.port}${API}`)
    expect(read.status).toBe(200)
    expect(read.hash).toMatch(/^[0-9a-f]{40}$/)
  })
})
