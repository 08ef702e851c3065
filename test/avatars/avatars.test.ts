import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { avatarColour, avatarTint, hexOf } from '../../src/avatars/avatar-colour.js'
import { md5 } from '../../src/avatars/md5.js'
import { avatarInitials } from '../../src/avatars/render-avatar.js'
import {
  CONVERSATION_TYPE,
  PARTICIPANT_TYPE,
  createTalkMock,
  createTalkServer,
  type TalkServer,
} from '../../src/runtimes/http-server.js'

describe("the colour of Nextcloud's generated avatars", () => {
  it('hashes as PHP md5() does', () => {
    for (const text of ['', 'alice', 'Zoë Ünal', '🎉', 'x'.repeat(200)]) {
      expect(md5(text)).toBe(createHash('md5').update(text).digest('hex'))
    }
  })

  it('picks the palette colour the sum of the hash digits names, lower-casing the name first', () => {
    const digits = [...createHash('md5').update('alice').digest('hex')].reduce((sum, d) => sum + parseInt(d, 16), 0)
    expect(digits % 18).toBe(16)
    // 16: the fifth of six steps from Nextcloud blue (0, 130, 201) towards red (182, 70, 157), cut to whole numbers.
    expect(avatarColour('Alice')).toEqual({ red: 121, green: 90, blue: 171 })
    expect(avatarColour('ALICE')).toEqual(avatarColour('alice'))
  })

  it('takes an MD5 hash as it is', () => {
    const hash = md5('bob')
    expect(avatarColour(hash)).not.toEqual(avatarColour(md5(hash)))
  })

  it('tints at 10 % over white, or over black for the dark variant', () => {
    expect(avatarTint({ red: 0, green: 130, blue: 201 }, false)).toEqual({ red: 229, green: 242, blue: 249 })
    expect(avatarTint({ red: 0, green: 130, blue: 201 }, true)).toEqual({ red: 0, green: 13, blue: 20 })
    expect(hexOf({ red: 0, green: 130, blue: 201 })).toBe('#0082c9')
  })

  it('writes the initials of the first two words', () => {
    expect(avatarInitials('alice adams smith')).toBe('AA')
    expect(avatarInitials('Zoë')).toBe('Z')
    expect(avatarInitials('')).toBe('?')
  })
})

describe('avatar routes', () => {
  const mock = createTalkMock({
    setup: async (world) => {
      await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
      await world.addUser({ id: 'bob', displayName: 'Bob' })
      await world.addConversation({ token: 'one2one', type: CONVERSATION_TYPE.ONE_TO_ONE })
      await world.addAttendee('one2one', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
      await world.addAttendee('one2one', { actorId: 'bob', participantType: PARTICIPANT_TYPE.OWNER })
      await world.addConversation({ token: 'team1234', type: CONVERSATION_TYPE.GROUP })
      await world.addAttendee('team1234', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
      world.viewer = 'alice'
    },
  })
  let server: TalkServer
  const talk = '/ocs/v2.php/apps/spreed/api/v1'

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server.close())

  it("answers a user's generated avatar, cacheable, from the display name", async () => {
    const response = await fetch(`${server.url}/index.php/avatar/alice/32`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('cache-control')).toBe('private, max-age=86400, immutable')
    expect(response.headers.get('x-nc-iscustomavatar')).toBe('0')
    const svg = await response.text()
    const colour = avatarColour('Alice Adams')
    expect(svg).toContain('width="64"')
    expect(svg).toContain(`fill="${hexOf(avatarTint(colour, false))}"`)
    expect(svg).toMatch(new RegExp(`fill="${hexOf(colour)}">AA</text>`))
    const dark = await (await fetch(`${server.url}/index.php/avatar/alice/512/dark`)).text()
    expect(dark).toContain('width="512"')
    expect(dark).toContain(`fill="${hexOf(avatarTint(colour, true))}"`)
  })

  it('answers 404 [] for a user the world does not know', async () => {
    const response = await fetch(`${server.url}/index.php/avatar/mallory/64`)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('[]')
  })

  it("answers a guest's avatar with 201, cached for 30 minutes", async () => {
    const response = await fetch(`${server.url}/index.php/avatar/guest/Guest%20One/64`)
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('private, max-age=1800, immutable')
    expect(await response.text()).toContain(`fill="${hexOf(avatarColour('Guest One'))}">GO</text>`)
  })

  it("shows a one-to-one conversation as the other user's avatar, others as an icon, and hides what the caller cannot reach", async () => {
    const one = await fetch(`${server.url}${talk}/room/one2one/avatar`)
    expect(one.status).toBe(200)
    expect(await one.text()).toContain('>B</text>')
    const team = await fetch(`${server.url}${talk}/room/team1234/avatar/dark`)
    expect(team.headers.get('content-type')).toBe('image/svg+xml')
    expect(await team.text()).toContain('<svg')
    const hidden = await fetch(`${server.url}${talk}/room/team1234/avatar?format=json`, {
      headers: { authorization: `Basic ${btoa('bob:x')}` },
    })
    expect(hidden.status).toBe(404)
  })

  it("answers a federated user's avatar through the conversation", async () => {
    const response = await fetch(`${server.url}${talk}/proxy/team1234/user-avatar/64?cloudId=carol%40remote.example`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('>C</text>')
    const stranger = await fetch(`${server.url}${talk}/proxy/team1234/user-avatar/64?cloudId=x%40y&format=json`, {
      headers: { authorization: `Basic ${btoa('bob:x')}` },
    })
    expect(stranger.status).toBe(404)
  })
})
