import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CONVERSATION_TYPE,
  START_CALLS,
  createTalkMock,
  createTalkServer,
  type TalkServer,
} from '../../src/runtimes/http-server.js'
import { API, setupCallWorld } from '../server/support/call-world.js'

/** Every initial state of a page, decoded as `@nextcloud/initial-state` decodes them. */
function initialStates(html: string): Record<string, unknown> {
  const states: Record<string, unknown> = {}
  for (const [, id, value] of html.matchAll(/<input type="hidden" id="initial-state-([^"]+)" value="([^"]*)">/g)) {
    states[id!] = JSON.parse(atob(value!))
  }
  return states
}

/** The raw base64 text of one initial state. */
function rawState(html: string, id: string): string {
  return atob(new RegExp(`id="initial-state-${id}" value="([^"]*)"`).exec(html)![1]!)
}

describe("Talk's page on the standalone server", () => {
  const folder = mkdtempSync(join(tmpdir(), 'talk-app-'))
  mkdirSync(join(folder, 'js'))
  mkdirSync(join(folder, 'img'))
  writeFileSync(join(folder, 'js', 'talk-main.js'), 'window.booted = true\n')
  writeFileSync(join(folder, 'img', 'app.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  const mock = createTalkMock({
    setup: async (world) => {
      await setupCallWorld(world)
      await world.addUser({ id: 'zoe', displayName: 'Zoë </script>', groups: ['ops/team'] })
      await world.addConversation({ token: 'grp123', type: CONVERSATION_TYPE.GROUP, name: 'Team' })
      world.viewer = 'alice'
    },
  })
  let server: TalkServer

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0, talkApp: folder })
  })
  afterAll(async () => {
    await server.close()
    rmSync(folder, { recursive: true })
  })

  it.each([
    '/index.php/apps/spreed',
    '/index.php/apps/spreed/',
    '/index.php/call/abc123',
    '/index.php/apps/spreed/not-found',
    '/index.php/apps/spreed/duplicate-session',
  ])('serves the page Talk boots from at %s', async (path) => {
    const response = await fetch(server.url + path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    const html = await response.text()
    expect(html).toContain('<head data-user="alice" data-user-displayname="Alice" data-requesttoken="')
    expect(html).toContain('<div id="skip-actions"></div>')
    expect(html).toContain('<main id="content" class="app-spreed"></main>')
    expect(html).toContain('<script defer src="/apps/spreed/js/talk-main.js"></script>')
  })

  it("carries Talk's initial states for a user, derived from the world", async () => {
    const states = initialStates(await (await fetch(`${server.url}/index.php/apps/spreed/`)).text())
    expect(states).toMatchObject({
      'spreed-call_enabled': true,
      'spreed-signaling_mode': 'internal',
      'spreed-default_permissions': 246,
      'spreed-federation_enabled': false,
      'spreed-grid_videos_limit': 19,
      'spreed-user_group_ids': [],
      'spreed-attachment_folder': '/Talk',
      'core-config': { modRewriteWorking: false },
      'theming-data': { name: 'Nextcloud' },
    })
    const capabilities = await fetch(`${server.url}/ocs/v2.php/cloud/capabilities?format=json`, {
      headers: { 'OCS-APIRequest': 'true', authorization: `Basic ${btoa('alice:x')}` },
    })
    expect(states['core-capabilities']).toEqual(
      ((await capabilities.json()) as { ocs: { data: { capabilities: unknown } } }).ocs.data.capabilities,
    )
  })

  it('follows the world: calls off, a server default, federation', async () => {
    await mock.world.updateSettings({ startCalls: START_CALLS.NOBODY, defaultPermissions: 9, federation: 'enabled' })
    try {
      const states = initialStates(await (await fetch(`${server.url}/index.php/apps/spreed/`)).text())
      expect(states['spreed-call_enabled']).toBe(false)
      expect(states['spreed-default_permissions']).toBe(9)
      expect(states['spreed-federation_enabled']).toBe(true)
    } finally {
      await mock.world.updateSettings({
        startCalls: START_CALLS.EVERYONE,
        defaultPermissions: 0,
        federation: 'disabled',
      })
    }
  })

  it("encodes each state as PHP's json_encode does: non-ASCII as \\uXXXX, slashes escaped", async () => {
    const html = await (await fetch(`${server.url}/index.php/apps/spreed/?as=zoe`)).text()
    expect(rawState(html, 'spreed-user_group_ids')).toBe('["ops\\/team"]')
    expect(html).toContain('data-user-displayname="Zoë &lt;/script&gt;"')
    expect(html).not.toContain('Zoë </script>')
    expect(html).toContain('"Zo\\u00eb \\u003C\\/script\\u003E"')
  })

  it('takes ?as=<user> on a page URL as a login, and answers an unknown user with the login page', async () => {
    const page = await fetch(`${server.url}/index.php/call/abc123?as=bob`)
    expect(await page.text()).toContain('data-user="bob"')
    const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!
    const room = await fetch(`${server.url}${API}/room/abc123?format=json`, {
      headers: { 'OCS-APIRequest': 'true', cookie },
    })
    expect(((await room.json()) as { ocs: { data: { actorId: string } } }).ocs.data.actorId).toBe('bob')
    const unknown = await fetch(`${server.url}/index.php/call/abc123?as=mallory`)
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('There is no user &quot;mallory&quot; in this world.')
  })

  it('serves a guest the public page of a public conversation with the guest states, and sends it to the login otherwise', async () => {
    const page = await fetch(`${server.url}/index.php/call/abc123?as=guest`)
    const html = await page.text()
    expect(html).toContain(`<head data-requesttoken="`)
    expect(html).toContain('<body id="body-public"')
    expect(initialStates(html)).toMatchObject({
      'spreed-attachment_folder_free_space': '',
      'spreed-play_sounds': false,
    })
    const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!
    const group = await fetch(`${server.url}/index.php/call/grp123`, { headers: { cookie }, redirect: 'manual' })
    expect(group.status).toBe(302)
    expect(group.headers.get('location')).toBe('/index.php/login?redirect_url=%2Findex.php%2Fcall%2Fgrp123')
  })

  it('serves the checkout files below /apps/spreed/ with their content types, and nothing outside them', async () => {
    const script = await fetch(`${server.url}/apps/spreed/js/talk-main.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('window.booted = true\n')
    expect((await fetch(`${server.url}/apps/spreed/img/app.svg`)).headers.get('content-type')).toBe('image/svg+xml')
    expect((await fetch(`${server.url}/apps/spreed/js/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404)
    expect((await fetch(`${server.url}/apps/spreed/js/missing.js`)).status).toBe(404)
  })

  it('answers the theme stylesheet the page links', async () => {
    const response = await fetch(`${server.url}/index.php/apps/theming/theme/default.css`)
    expect(response.headers.get('content-type')).toBe('text/css; charset=UTF-8')
    expect(await response.text()).toContain('--color-primary-element:')
  })

  it('keeps the API answering as before', async () => {
    const response = await fetch(`${server.url}${API}/room/abc123`, { headers: { 'OCS-APIRequest': 'true' } })
    expect(response.status).toBe(200)
  })
})

describe('without --talk-app', () => {
  it("answers Talk's page URLs with one line saying what to pass", async () => {
    const server = await createTalkServer({ mock: createTalkMock({ setup: setupCallWorld }), port: 0 })
    try {
      const response = await fetch(`${server.url}/index.php/call/abc123`)
      expect(response.status).toBe(404)
      expect(await response.text()).toMatch(
        /^Talk's own UI is not served: start with `talk-call-mock serve --talk-app <spreed checkout>`.*\n$/,
      )
    } finally {
      await server.close()
    }
  })

  it('refuses a folder without a built Talk, saying how to build it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'no-talk-'))
    try {
      await expect(createTalkServer({ mock: createTalkMock(), port: 0, talkApp: folder })).rejects.toThrow(
        /js\/talk-main\.js does not exist.*`npm ci && npm run dev`/,
      )
    } finally {
      rmSync(folder, { recursive: true })
    }
  })
})
