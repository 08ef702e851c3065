import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { describe, expect, it } from 'vitest'
import { createTalkMock, defineScenario, TalkMockError } from '../../src/index.js'

describe('createTalkMock', () => {
  it('starts from the default scenario when given nothing', async () => {
    const mock = createTalkMock()
    await mock.ready
    expect(mock.scenario).toMatchObject({
      name: 'default',
      token: 'groupcall',
      appToken: null,
      viewer: 'alice',
      overlays: [],
      seed: 1,
    })
    expect(Object.keys(mock.scenario).sort()).toEqual([
      'appToken',
      'description',
      'name',
      'overlays',
      'seed',
      'token',
      'viewer',
    ])
  })

  it('starts from an empty world when only setup is given', async () => {
    const mock = createTalkMock({ setup: async (world) => void (await world.addUser({ id: 'zoe' })) })
    await mock.ready
    expect(mock.scenario.name).toBe('custom')
    expect(mock.world.users.all().map((user) => user.id)).toEqual(['zoe'])
  })

  it('reports the world setup built: custom, its first conversation and its real viewer', async () => {
    const mock = createTalkMock({
      setup: async (world) => {
        await world.addUser({ id: 'alice', displayName: 'Alice' })
        await world.addConversation({ token: 'abc123', type: 2 })
        await world.addConversation({ token: 'def456', type: 3 })
        world.viewer = 'alice'
      },
    })
    await mock.ready
    expect(mock.scenario).toMatchObject({ name: 'custom', token: 'abc123', viewer: 'alice' })
    expect(mock.scenario.description).toBe(
      'A world built by setup: 1 users, 2 conversations; the viewer is user "alice".',
    )
    await mock.reset()
    expect(mock.scenario).toMatchObject({ name: 'custom', token: 'abc123', viewer: 'alice' })
  })

  it('throws a TalkMockError listing the known names for an unknown scenario', () => {
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => createTalkMock({ scenario: 'lobbby' })).toThrow(TalkMockError)
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => createTalkMock({ scenario: 'lobbby' })).toThrow(
      /no scenario "lobbby".*Use one of: default, no-call, lobby-active/,
    )
  })

  it('throws a TalkMockError for an unknown overlay and a seed that is no integer', () => {
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => createTalkMock({ overlays: ['laggy'] })).toThrow(/no overlay "laggy".*slow, flaky, offline/)
    expect(() => createTalkMock({ seed: 1.5 })).toThrow(
      /\[talk-mock\] Failed to create the mock: seed 1.5 is not an integer/,
    )
  })

  it('rejects a bad world synchronously, naming the field', () => {
    expect(() => createTalkMock({ world: { conversations: [{ token: 'A!' }] } })).toThrow(/conversations\[0\]\.token/)
  })
})

describe('mock.useScenario', () => {
  it('switches the world and keeps seed and overlays unless given', async () => {
    const mock = createTalkMock({ seed: 5, overlays: ['slow'] })
    await mock.useScenario('guest')
    expect(mock.scenario).toMatchObject({
      name: 'guest',
      token: 'publiccall',
      viewer: null,
      seed: 5,
      overlays: ['slow'],
    })
    await mock.useScenario('no-call', { seed: 9, overlays: [] })
    expect(mock.scenario).toMatchObject({ name: 'no-call', seed: 9, overlays: [] })
  })

  it('rejects an unknown name (never throws) and leaves the active scenario alone', async () => {
    const mock = createTalkMock({ scenario: 'read-only' })
    await mock.ready
    let switching: Promise<void> | undefined
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => (switching = mock.useScenario('nope'))).not.toThrow()
    await expect(switching).rejects.toThrow(/Failed to use scenario "nope": there is no scenario "nope"/)
    await expect(mock.useScenario('default', { seed: 1.5 })).rejects.toThrow(TalkMockError)
    expect(mock.scenario.name).toBe('read-only')
  })

  it('keeps the last switch when two are asked for at once', async () => {
    const mock = createTalkMock()
    void mock.useScenario('crowded-call')
    await mock.useScenario('note-to-self')
    expect(mock.scenario.name).toBe('note-to-self')
    expect(mock.world.conversations.get('notes')).toBeDefined()
  })
})

describe('mock.reset', () => {
  it('restores the scenario, seed, overlays and world of creation, and empties the journal', async () => {
    const mock = createTalkMock({ scenario: 'no-call', seed: 2 })
    await mock.ready
    const before = mock.dump()
    await mock.useScenario('guest', { seed: 8, overlays: ['flaky'] })
    mock.clock.advance(60_000)
    await mock.reset()
    expect(mock.scenario).toMatchObject({ name: 'no-call', seed: 2, overlays: [] })
    expect(mock.dump()).toEqual(before)
    expect(await mock.journal.entries()).toEqual([])
  })

  it('runs setup again on top of the scenario', async () => {
    const mock = createTalkMock({ scenario: 'no-call', setup: (world) => void world.updateSettings({ startCalls: 3 }) })
    await mock.ready
    mock.world.updateSettings({ startCalls: 0 })
    await mock.reset()
    expect(mock.world.settings.startCalls).toBe(3)
  })
})

describe('mock.subscribe', () => {
  it('tells listeners about switches and viewer changes until they unsubscribe', async () => {
    const mock = createTalkMock()
    await mock.ready
    let calls = 0
    const unsubscribe = mock.subscribe(() => calls++)
    await mock.useScenario('default')
    mock.viewer = null
    expect(calls).toBe(2)
    // Not a change: the viewer is a guest already.
    mock.viewer = null
    expect(calls).toBe(2)
    unsubscribe()
    await mock.useScenario('guest')
    expect(calls).toBe(2)
  })

  it('tells listeners when the clock is moved through the mock', async () => {
    const mock = createTalkMock()
    await mock.ready
    const seen: number[] = []
    mock.subscribe(() => seen.push(mock.clock.now()))
    const start = mock.clock.now()
    mock.clock.advance(31_000)
    mock.clock.set(start)
    expect(seen).toEqual([start + 31_000, start])
  })
})

describe('isolation', () => {
  it('gives two mocks independent worlds and clocks', async () => {
    const first = createTalkMock()
    const second = createTalkMock()
    await Promise.all([first.ready, second.ready])
    first.clock.advance(10_000)
    first.viewer = null
    expect(second.clock.now()).toBe(first.clock.now() - 10_000)
    expect(second.viewer).toBe('alice')
  })
})

describe('a custom catalogue', () => {
  const catalogue = [
    defineScenario({
      name: 'slow-lobby',
      description: 'A lobby on a slow network.',
      token: 'slowroom',
      overlays: ['slow'],
      world: { viewer: null, conversations: [{ token: 'slowroom', type: 3, lobbyState: 1 }] },
    }),
    defineScenario({ name: 'blank', description: 'Nothing.', token: 'none', world: {} }),
  ]

  it('serves its own scenarios with the overlays they come with', async () => {
    const mock = createTalkMock({ scenarios: catalogue, scenario: 'slow-lobby' })
    await mock.ready
    expect(mock.scenario).toMatchObject({ name: 'slow-lobby', overlays: ['slow'], token: 'slowroom' })
    await mock.useScenario('blank')
    expect(mock.scenario.overlays).toEqual(['slow'])
    expect(mock.scenarios.map((scenario) => scenario.name)).toEqual(['slow-lobby', 'blank'])
  })

  it('names only its own scenarios when one is unknown', () => {
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => createTalkMock({ scenarios: catalogue, scenario: 'default' })).toThrow(
      /Use one of: slow-lobby, blank\./,
    )
  })

  it('refuses a scenario name that is not kebab-case, or an unknown overlay', () => {
    expect(() => defineScenario({ name: 'Lobby Active', description: '', token: 'x', world: {} })).toThrow(
      /not kebab-case/,
    )
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => defineScenario({ name: 'x', description: '', token: 'x', world: {}, overlays: ['warp'] })).toThrow(
      /no overlay "warp"/,
    )
  })
})

describe('misuse', () => {
  it('refuses a viewer the world does not have', async () => {
    const mock = createTalkMock()
    await mock.ready
    expect(() => (mock.viewer = 'ghost')).toThrow(/Failed to set the viewer: no user "ghost"/)
    expect(mock.viewer).toBe('alice')
  })

  it('stays ready with its previous world after a load that fails', async () => {
    const mock = createTalkMock({ scenario: 'no-call' })
    await mock.ready
    await expect(mock.load({ viewer: 'ghost' })).rejects.toThrow(TalkMockError)
    await expect(mock.ready).resolves.toBeUndefined()
    expect(mock.scenario.name).toBe('no-call')
  })

  it('rejects ready when not even the first world can be built', async () => {
    const mock = createTalkMock({ world: { viewer: 'ghost' } })
    await expect(mock.ready).rejects.toThrow(/viewer: no user "ghost"/)
  })

  it('refuses a clock move that is not a whole number of milliseconds', async () => {
    const mock = createTalkMock()
    await mock.ready
    expect(() => mock.clock.advance(0.5)).toThrow(/Failed to advance the clock: 0.5 is not a duration/)
    expect(() => mock.clock.advance(Number.MAX_SAFE_INTEGER)).toThrow(TalkMockError)
    await expect(mock.load(mock.dump())).resolves.toBeUndefined()
  })

  it('throws a TalkMockError, not a TypeError, for builder input that is no object', async () => {
    const mock = createTalkMock()
    await mock.ready
    await expect(mock.world.addUser(undefined as never)).rejects.toThrow(
      /Failed to add a user: undefined is not an object/,
    )
    await expect(mock.world.addConversation(null as never)).rejects.toThrow(/null is not an object/)
    await expect(mock.world.addAttendee('groupcall', 'bob' as never)).rejects.toThrow(/string is not an object/)
    await expect(mock.world.addSession(null as never)).rejects.toThrow(TalkMockError)
  })

  it('refuses an update that would move a row out from under its indexes', async () => {
    const mock = createTalkMock()
    await mock.ready
    const alice = mock.world.findAttendee('groupcall', 'users', 'alice')!
    await expect(mock.world.attendees.update(alice, (draft) => void (draft.actorId = 'zed'))).rejects.toThrow(
      /Failed to update row ".*": the change moves its key, its group or its lookup value/,
    )
    expect(mock.world.findAttendee('groupcall', 'users', 'alice')?.actorId).toBe('alice')
  })

  it('never hands out a client id twice, even across resets', async () => {
    const mock = createTalkMock()
    await mock.ready
    const server = setupServer(...mock.handlers)
    server.listen(onUnhandled('error'))
    const cookieOf = async () => {
      const url = 'https://cloud.example.com/ocs/v2.php/apps/spreed/api/v4/call/groupcall'
      const response = await fetch(url, { headers: { 'OCS-APIRequest': 'true' } })
      return response.headers.get('set-cookie')
    }
    try {
      const first = await cookieOf()
      await mock.reset()
      expect(await cookieOf()).not.toBe(first)
    } finally {
      server.close()
    }
  })
})
