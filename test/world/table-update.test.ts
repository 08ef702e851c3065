import { describe, expect, it } from 'vitest'
import { World } from '../../src/index.js'

async function worldWithAlice() {
  const world = new World({ seed: 1 })
  const alice = await world.addUser({ id: 'alice', displayName: 'Alice' })
  return { world, alice }
}

describe('table.update', () => {
  it('stores the change made through the draft', async () => {
    const { world, alice } = await worldWithAlice()
    const next = await world.users.update(alice, (draft) => void (draft.status = 'dnd'))
    expect(next.status).toBe('dnd')
    expect(world.users.get('alice')?.status).toBe('dnd')
    expect(world.users.all()).toEqual([next])
  })

  it('keeps the stored row when the change changes nothing', async () => {
    const { world, alice } = await worldWithAlice()
    const next = await world.users.update(alice, (draft) => void (draft.status = 'online'))
    expect(next).toBe(world.users.get('alice'))
    expect(next).toEqual(alice)
  })

  it('stores a push onto an array field and leaves the previous row as it was', async () => {
    const { world, alice } = await worldWithAlice()
    const next = await world.users.update(alice, (draft) => void draft.groups.push('admin'))
    expect(next.groups).toEqual(['admin'])
    expect(world.users.get('alice')?.groups).toEqual(['admin'])
    expect(alice.groups).toEqual([])
  })

  it('rejects a change that breaks the schema and keeps the row', async () => {
    const { world, alice } = await worldWithAlice()
    await expect(world.users.update(alice, (draft) => void (draft.status = 'asleep' as never))).rejects.toThrow(
      /^\[talk-mock\] Failed to update row "alice": status: /,
    )
    expect(world.users.get('alice')?.status).toBe('online')
  })
})
