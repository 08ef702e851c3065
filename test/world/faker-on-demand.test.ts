import { describe, expect, it } from 'vitest'
import { createTalkMock, TalkMockError } from '../../src/index.js'

// One file of its own: faker, once loaded, stays loaded for the whole process (module state),
// and these tests are about the time before that.
describe('faker on demand', () => {
  it('builds the default scenario without loading faker, and says how to load it', async () => {
    const mock = createTalkMock()
    await mock.ready
    expect(mock.world.users.count()).toBeGreaterThan(4)
    expect(() => mock.world.faker).toThrow(TalkMockError)
    expect(() => mock.world.faker).toThrow(
      '[talk-mock] Failed to use world.faker: the English faker is loaded on demand and no world has needed it yet. Await `world.loadFaker()` first',
    )
  })

  it('loads faker for a world with a name to make up, and keeps it for worlds rebuilt later', async () => {
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
