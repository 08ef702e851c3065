import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, defineScenario, scenarios, type WorldJson } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

/** A scenario whose world function counts its runs. */
function countingScenario() {
  const runs: number[] = []
  const scenario = defineScenario({
    name: 'counting',
    description: 'Counts how often its world is made.',
    token: 'room1234',
    world: (faker) => {
      runs.push(runs.length + 1)
      return {
        viewer: 'alice',
        users: [{ id: 'alice', displayName: faker.person.fullName() }],
        conversations: [{ token: 'room1234', attendees: [{ actorId: 'alice' }] }],
      }
    },
  })
  return { scenario, runs }
}

describe('rebuilding worlds', () => {
  it('runs a scenario world function once per seed across resets and switches', async () => {
    const { scenario, runs } = countingScenario()
    const mock = createTalkMock({ scenarios: [scenario], scenario: 'counting' })
    await mock.ready
    const name = mock.world.users.get('alice')?.displayName
    await mock.reset()
    await mock.useScenario('counting')
    await mock.reset()
    expect(runs).toEqual([1])
    expect(mock.world.users.get('alice')?.displayName).toBe(name)
  })

  it('runs it again for another seed', async () => {
    const { scenario, runs } = countingScenario()
    const mock = createTalkMock({ scenarios: [scenario], scenario: 'counting' })
    await mock.ready
    await mock.useScenario('counting', { seed: 2 })
    await mock.useScenario('counting', { seed: 2 })
    expect(runs).toEqual([1, 2])
  })

  it('reads the JSON given to load() anew every time', async () => {
    const mock = createTalkMock()
    await mock.ready
    const world: WorldJson = { users: [{ id: 'alice', displayName: 'Alice' }] }
    await mock.load(world)
    world.users!.push({ id: 'bob', displayName: 'Bob' })
    await mock.load(world)
    expect(mock.world.users.all().map((user) => user.id)).toEqual(['alice', 'bob'])
  })

  it('runs setup on every reset, with the world faker loaded', async () => {
    const names: string[] = []
    const mock = createTalkMock({
      world: { users: [{ id: 'alice', displayName: 'Alice' }] },
      setup: (world) => void names.push(world.faker.person.fullName()),
    })
    await mock.ready
    await mock.reset()
    expect(names).toHaveLength(2)
    expect(names[1]).toBe(names[0])
  })

  it('hands out a session id nobody holds after a world is loaded from its dump', async () => {
    const mock = createTalkMock()
    await mock.ready
    server.resetHandlers(...mock.handlers)
    const first = await talkFetch('POST', '/room/groupcall/participants/active', { client: 'tab-1' })
    await mock.load(mock.dump())
    const second = await talkFetch('POST', '/room/groupcall/participants/active', { client: 'tab-2' })
    expect([first.status, second.status]).toEqual([200, 200])
    const ids = (answer: typeof first) => (answer.data as { sessionId: string }).sessionId
    expect(ids(second)).not.toBe(ids(first))
    expect(mock.world.sessions.get(ids(first))?.clientId).toBe('tab-1')
  })

  it('runs the world of a copy of a catalogue scenario, not the prebuilt world of the original', async () => {
    const { scenario: counting } = countingScenario()
    const original = scenarios.find((entry) => entry.name === 'default')!
    const copy = defineScenario({ ...original, name: 'mine', world: counting.world })
    const mock = createTalkMock({ scenarios: [copy], scenario: 'mine' })
    await mock.ready
    expect(mock.world.users.all().map((user) => user.id)).toEqual(['alice'])
  })

  it('keeps mocks built from one shared image apart', async () => {
    const first = createTalkMock()
    const second = createTalkMock()
    await Promise.all([first.ready, second.ready])
    first.world.users.get('alice')!.groups.push('admin')
    first.world.settings.startCalls = 3
    const third = createTalkMock()
    await third.ready
    await second.reset()
    for (const mock of [second, third]) {
      expect(mock.world.users.get('alice')?.groups).toEqual([])
      expect(mock.world.settings.startCalls).toBe(0)
    }
  })

  it('rebuilds worlds whose settings stay writable', async () => {
    const mock = createTalkMock({
      world: { settings: { startCalls: 1 } },
      setup: (world) => void (world.settings.startCalls = 2),
    })
    await mock.ready
    await mock.reset()
    expect(mock.world.settings.startCalls).toBe(2)
  })
})
