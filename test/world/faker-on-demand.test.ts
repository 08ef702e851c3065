import { beforeAll, describe, expect, it, vi } from 'vitest'

// Faker, once loaded, stays loaded for the module graph's life (module state), and the Node
// project shares one graph between files: these tests import the package anew, as it is before
// any world needed faker.
const freshPackage = () => import('../../src/index.js')

describe('faker on demand', () => {
  beforeAll(() => void vi.resetModules())

  it('builds the default scenario without loading faker, and says how to load it', async () => {
    const { createTalkMock, TalkMockError } = await freshPackage()
    const mock = createTalkMock()
    await mock.ready
    expect(mock.world.users.count()).toBeGreaterThan(4)
    expect(() => mock.world.faker).toThrow(TalkMockError)
    expect(() => mock.world.faker).toThrow(
      '[talk-mock] Failed to use world.faker: the English faker is loaded on demand and no world has needed it yet. Await `world.loadFaker()` first',
    )
  })

  it('loads faker for a world with a name to make up, and keeps it for worlds rebuilt later', async () => {
    const { createTalkMock } = await freshPackage()
    const mock = createTalkMock({ world: { users: [{ id: 'alice' }] } })
    await mock.ready
    const name = mock.world.users.get('alice')?.displayName
    expect(name).toMatch(/\w+ \w+/)
    expect(mock.world.faker).toBe(await mock.world.loadFaker())
    await mock.reset()
    expect(mock.world.users.get('alice')?.displayName).toBe(name)
    expect(mock.world.faker.person.fullName()).toMatch(/\w+ \w+/)
  })
})
