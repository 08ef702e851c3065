import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { API, setupCallWorld } from '../server/support/call-world.js'

/** The `name=value` of the login cookie an answer sets. */
function loginOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .find((line) => line.startsWith('talk_mock_login='))!
    .split(';')[0]!
}

describe('login per browser', () => {
  const mock = createTalkMock({
    setup: async (world) => {
      await setupCallWorld(world)
      world.viewer = 'alice'
    },
  })
  let server: TalkServer
  const room = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}${API}/room/abc123`, {
      headers: { 'OCS-APIRequest': 'true', accept: 'application/json', ...headers },
    })
  const actorOf = async (response: Response) =>
    ((await response.json()) as { ocs: { data: { actorType: string; actorId: string } } }).ocs.data

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server.close())

  it("lists the world's users and a guest on the login page", async () => {
    const response = await fetch(`${server.url}/index.php/login?redirect_url=%2Findex.php%2Fcall%2Fabc123`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain('<button type="submit" name="user" value="alice">Alice')
    expect(html).toContain('<button type="submit" name="user" value="bob">Bob')
    expect(html).toContain('name="user" value="" class="guest"')
    expect(html).toContain('name="redirect_url" value="/index.php/call/abc123"')
  })

  it('logs a browser in as the user it picks: the API then answers as that user', async () => {
    const login = await fetch(`${server.url}/index.php/login`, {
      method: 'POST',
      body: new URLSearchParams({ user: 'bob', redirect_url: '/index.php/call/abc123' }),
      redirect: 'manual',
    })
    expect(login.status).toBe(303)
    expect(login.headers.get('location')).toBe('/index.php/call/abc123')
    const cookie = loginOf(login)
    expect(await actorOf(await room({ cookie }))).toMatchObject({ actorType: 'users', actorId: 'bob' })
    expect(await actorOf(await room())).toMatchObject({ actorType: 'users', actorId: 'alice' })
  })

  it('logs a browser in as a guest', async () => {
    const login = await fetch(`${server.url}/index.php/login`, {
      method: 'POST',
      body: new URLSearchParams({ user: '' }),
      redirect: 'manual',
    })
    expect(login.headers.get('location')).toBe('/index.php/apps/spreed/')
    // A guest that has not joined is no actor yet, as on Talk.
    expect(await actorOf(await room({ cookie: loginOf(login) }))).toMatchObject({ actorType: '', actorId: '' })
  })

  it('lets Basic auth win over the login cookie', async () => {
    const login = await fetch(`${server.url}/index.php/login`, { method: 'POST', body: 'user=bob', redirect: 'manual' })
    const response = await room({ cookie: loginOf(login), authorization: `Basic ${btoa('alice:x')}` })
    expect(await actorOf(response)).toMatchObject({ actorId: 'alice' })
  })

  it('says so for a user the world does not know, and sends nobody elsewhere', async () => {
    const unknown = await fetch(`${server.url}/index.php/login`, { method: 'POST', body: 'user=mallory' })
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('There is no user &quot;mallory&quot; in this world.')
    const away = await fetch(`${server.url}/index.php/login`, {
      method: 'POST',
      body: 'user=bob&redirect_url=%2F%2Fevil.example',
      redirect: 'manual',
    })
    expect(away.headers.get('location')).toBe('/index.php/apps/spreed/')
  })

  it('logs out back to the world viewer', async () => {
    const logout = await fetch(`${server.url}/index.php/logout`, { redirect: 'manual' })
    expect(logout.status).toBe(302)
    expect(logout.headers.get('location')).toBe('/index.php/login')
    expect(logout.headers.getSetCookie()[0]).toMatch(/^talk_mock_login=; .*Max-Age=0/)
  })

  it('takes ?as=<user> on the login URL as a login, for scripts', async () => {
    const login = await fetch(`${server.url}/index.php/login?as=bob&redirect_url=%2Findex.php%2Fcall%2Fabc123`, {
      redirect: 'manual',
    })
    expect(login.headers.get('location')).toBe('/index.php/call/abc123')
    expect(await actorOf(await room({ cookie: loginOf(login) }))).toMatchObject({ actorId: 'bob' })
    expect((await fetch(`${server.url}/index.php/login?as=mallory`)).status).toBe(400)
  })

  it('reads the login cookie on the Nextcloud routes too', async () => {
    const page = await fetch(`${server.url}/index.php/login?as=guest`, { redirect: 'manual' })
    const capabilities = await fetch(`${server.url}/ocs/v2.php/cloud/capabilities?format=json`, {
      headers: { 'OCS-APIRequest': 'true', cookie: loginOf(page) },
    })
    const data = (await capabilities.json()) as {
      ocs: { data: { capabilities: { spreed: { config: { attachments: unknown } } } } }
    }
    expect(data.ocs.data.capabilities.spreed.config.attachments).toEqual({ allowed: false })
  })
})
