import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { setupCallWorld } from '../server/support/call-world.js'

describe('the Nextcloud core routes Talk calls at start', () => {
  const mock = createTalkMock({ setup: setupCallWorld })
  let server: TalkServer
  const alice = { authorization: `Basic ${btoa('alice:x')}`, 'OCS-APIRequest': 'true', accept: 'application/json' }
  const data = async (response: Response) => ((await response.json()) as { ocs: { data: unknown } }).ocs.data

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server.close())

  it('answers as a server with no templates, no upcoming events and plain profiles', async () => {
    const templates = await fetch(`${server.url}/ocs/v2.php/apps/files/api/v1/templates`, { headers: alice })
    expect(templates.status).toBe(200)
    expect(await data(templates)).toEqual([])
    const events = await fetch(`${server.url}/ocs/v2.php/apps/dav/api/v1/events/upcoming`, { headers: alice })
    expect(await data(events)).toEqual({ events: [], calendarAppEnabled: false })
    const profile = await fetch(`${server.url}/ocs/v2.php/profile/bob`, { headers: alice })
    expect(await data(profile)).toMatchObject({ userId: 'bob', displayname: 'Bob' })
    expect((await fetch(`${server.url}/ocs/v2.php/profile/mallory`, { headers: alice })).status).toBe(404)
  })

  it('turns guests away, as the routes are for users', async () => {
    const templates = await fetch(`${server.url}/ocs/v2.php/apps/files/api/v1/templates`)
    expect(templates.status).toBe(401)
    expect((await fetch(`${server.url}/remote.php/dav/files/alice/`, { method: 'PROPFIND' })).status).toBe(401)
  })

  it("lists Talk's backgrounds folder over WebDAV as an empty collection and lets it be made", async () => {
    const folder = `${server.url}/remote.php/dav/files/alice/Talk/Backgrounds`
    const listing = await fetch(folder, { method: 'PROPFIND', headers: { ...alice, depth: '1' } })
    expect(listing.status).toBe(207)
    const xml = await listing.text()
    expect(xml).toContain('<d:href>/remote.php/dav/files/alice/Talk/Backgrounds/</d:href>')
    expect(xml).toContain('<d:collection/>')
    expect((await fetch(folder, { method: 'MKCOL', headers: alice })).status).toBe(201)
  })
})
