import { describe, expect, it } from 'vitest'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const { mock } = useTalkMock()

/** Calls a control route (no OCS headers needed) under a webroot, and parses its JSON. */
async function control(method: string, name: string, body?: unknown) {
  const response = await fetch(`https://cloud.example.com/nextcloud/__talk-mock/${name}`, {
    method,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('/__talk-mock/', () => {
  it('lists the scenarios with their stories and the overlays', async () => {
    const { status, body } = await control('GET', 'scenarios')
    expect(status).toBe(200)
    expect(body.scenarios).toContainEqual(expect.objectContaining({ name: 'lobby-active', token: 'webinar' }))
    expect((body.overlays as { name: string }[]).map((o) => o.name)).toEqual(['slow', 'flaky', 'offline'])
  })

  it('tells the active scenario', async () => {
    expect((await control('GET', 'scenario')).body).toMatchObject({
      name: 'default',
      token: 'groupcall',
      viewer: 'alice',
    })
  })

  it('switches scenario, seed and overlays', async () => {
    const { status, body } = await control('POST', 'scenario', { name: 'lobby-active', seed: 4, overlays: ['slow'] })
    expect(status).toBe(200)
    expect(body).toMatchObject({ name: 'lobby-active', seed: 4, overlays: ['slow'] })
    expect(mock.scenario.name).toBe('lobby-active')
  })

  it('answers 400 naming the known scenarios for an unknown one', async () => {
    const { status, body } = await control('POST', 'scenario', { name: 'nope' })
    expect(status).toBe(400)
    expect(body.error).toMatch(/there is no scenario "nope".*default, no-call/)
  })

  it('switches to a scenario under the app token, which then answers it', async () => {
    const { status, body } = await control('POST', 'scenario', { name: 'lobby-active', token: 'abc123' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ name: 'lobby-active', token: 'abc123' })
    await talkFetch('POST', '/room/abc123/participants/active')
    expect((await talkFetch('POST', '/call/abc123')).status).toBe(412)
  })

  it('answers 400 with the reason to a token that collides or is no Talk token', async () => {
    const taken = await control('POST', 'scenario', { name: 'not-found', token: 'elsewhere' })
    expect(taken.status).toBe(400)
    expect(taken.body.error).toBe(
      '[talk-mock] Failed to use scenario "not-found": token "elsewhere" is another conversation\'s in this scenario. Pick another token (the scenario\'s story conversation is "deleted").',
    )
    const bad = await control('POST', 'scenario', { name: 'default', token: 'Not A Token' })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatch(/token "Not A Token" is not a Talk token/)
    expect(mock.scenario).toMatchObject({ name: 'default', token: 'groupcall' })
  })

  it('answers 400 to a body that is not JSON, or not an object', async () => {
    expect((await control('POST', 'scenario', '{"name":')).status).toBe(400)
    expect((await control('POST', 'scenario', '[1]')).status).toBe(400)
    expect((await control('POST', 'scenario', {})).body.error).toMatch(/`name` is missing/)
  })

  it('sets overlays without resetting the world', async () => {
    mock.clock.advance(1_000)
    const now = mock.clock.now()
    expect((await control('PUT', 'overlays', { overlays: ['flaky'] })).body).toMatchObject({ overlays: ['flaky'] })
    expect(mock.clock.now()).toBe(now)
    expect((await control('PUT', 'overlays', { overlays: ['bogus'] })).status).toBe(400)
  })

  it('changes who the viewer is, or refuses a user the world does not have', async () => {
    expect((await control('PUT', 'viewer', { viewer: 'peer1' })).body).toMatchObject({ viewer: 'peer1' })
    expect((await control('PUT', 'viewer', { viewer: null })).body).toMatchObject({ viewer: null })
    expect((await control('PUT', 'viewer', { viewer: 'ghost' })).status).toBe(400)
  })

  it('gives the world as JSON and loads one, refusing a bad one with the field named', async () => {
    const { body: world } = await control('GET', 'world')
    expect(world).toMatchObject({ viewer: 'alice', conversations: [expect.objectContaining({ token: 'groupcall' })] })
    const loaded = await control('PUT', 'world', {
      users: [{ id: 'zoe' }],
      viewer: 'zoe',
      conversations: [{ token: 'zoezoe' }],
    })
    expect(loaded.body).toMatchObject({ name: 'custom', token: 'zoezoe', viewer: 'zoe' })
    const refused = await control('PUT', 'world', { conversations: [{ token: 'x' }] })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatch(/conversations\[0\]\.token/)
    expect(mock.scenario.viewer).toBe('zoe')
  })

  it.each(['', '  \n'])(
    'answers 400 saying a world is needed to PUT world with the body %j, keeping the world',
    async (text) => {
      const response = await fetch('https://cloud.example.com/nextcloud/__talk-mock/world', {
        method: 'PUT',
        body: text,
      })
      const body = (await response.json()) as { error: string }
      expect([response.status, body.error]).toEqual([
        400,
        expect.stringMatching(/load the world: the body is empty.*world/),
      ])
      expect(mock.scenario).toMatchObject({ name: 'default', token: 'groupcall' })
      expect(mock.world.conversations.get('groupcall')).toBeDefined()
    },
  )

  it('resets to the scenario of creation', async () => {
    await control('POST', 'scenario', { name: 'guest' })
    expect((await control('POST', 'reset')).body).toMatchObject({ name: 'default' })
  })

  it('moves the clock forward or sets it, so silent peers go stale', async () => {
    const start = (await control('GET', 'clock')).body.now as number
    expect((await control('POST', 'clock', { advance: 31_000 })).body).toEqual({
      now: start + 31_000,
      mode: 'still',
      playing: false,
      speed: 1,
    })
    expect((await talkFetch('GET', '/call/groupcall')).data).toHaveLength(3)
    expect((await control('POST', 'clock', { set: start })).body).toEqual({
      now: start,
      mode: 'still',
      playing: false,
      speed: 1,
    })
    expect((await control('POST', 'clock', { advance: -5 })).status).toBe(400)
    expect((await control('POST', 'clock', {})).status).toBe(400)
  })

  it('lists the journal and empties it', async () => {
    await talkFetch('GET', '/call/groupcall')
    const { body } = await control('GET', 'journal')
    expect(body.entries).toEqual([expect.objectContaining({ method: 'GET', status: 200 })])
    await control('DELETE', 'journal')
    expect((await control('GET', 'journal')).body.entries).toEqual([])
  })

  it('answers 404 to an unknown control route and 405 to a wrong method', async () => {
    expect((await control('GET', 'nothing')).status).toBe(404)
    expect((await control('DELETE', 'scenario')).status).toBe(405)
  })

  it('needs no OCS-APIRequest header', async () => {
    const response = await fetch('http://localhost:4010/__talk-mock/scenario')
    expect(response.status).toBe(200)
  })
})
