import { describe, expect, it, vi } from 'vitest'
import { World } from '../../src/index.js'
import { userSchema } from '../../src/world/schemas.js'
import { addMember, addRoom, TOKEN } from '../support/worlds.js'

async function worldWithMembers(ids: string[]) {
  const world = new World({ seed: 1 })
  await addRoom(world)
  for (const id of ids) await addMember(world, id)
  return world
}

describe('the @msw/data collections as the world’s store', () => {
  it('finds a row written straight into a collection by its key, its group and its lookup value', async () => {
    const world = await worldWithMembers(['alice'])
    await world.users.collection.create({ id: 'bob', displayName: 'Bob' })
    await world.attendees.collection.create({
      id: 9,
      token: TOKEN,
      actorType: 'users',
      actorId: 'bob',
      displayName: 'Bob',
      participantType: 3,
    })
    expect(world.users.get('bob')?.displayName).toBe('Bob')
    expect(world.findAttendee(TOKEN, 'users', 'bob')?.id).toBe(9)
    expect(world.attendees.inGroup(TOKEN).map((attendee) => attendee.actorId)).toEqual(['alice', 'bob'])
  })

  it('answers with the version a straight collection update stored, and forgets a deleted record', async () => {
    const world = await worldWithMembers(['alice', 'bob'])
    const alice = world.users.collection.findFirst((query) => query.where({ id: 'alice' }))!
    const stored = await world.users.collection.update(alice, { data: (draft) => void (draft.status = 'dnd') })
    expect(world.users.get('alice')).toBe(stored)
    world.users.collection.delete(stored!)
    expect(world.users.get('alice')).toBeUndefined()
    expect(world.users.all().map((user) => user.id)).toEqual(['bob'])
  })

  it('moves a row to its new group when a straight collection update changes it', async () => {
    const world = await worldWithMembers(['alice'])
    await world.addConversation({ token: 'other123', type: 2 })
    const attendee = world.attendees.collection.findFirst((query) => query.where({ actorId: 'alice' }))!
    await world.attendees.collection.update(attendee, { data: (draft) => void (draft.token = 'other123') })
    expect(world.attendees.inGroup(TOKEN)).toEqual([])
    expect(world.findAttendee('other123', 'users', 'alice')?.token).toBe('other123')
  })

  it('keeps an updated row in its place, one order for every read', async () => {
    const world = await worldWithMembers(['alice', 'bob', 'carol'])
    await world.attendees.update(world.findAttendee(TOKEN, 'users', 'alice')!, (draft) => void (draft.permissions = 7))
    const order = ['alice', 'bob', 'carol']
    expect(world.attendees.all().map((attendee) => attendee.actorId)).toEqual(order)
    expect(world.attendees.collection.all().map((attendee) => attendee.actorId)).toEqual(order)
    expect(world.attendees.inGroup(TOKEN).map((attendee) => attendee.actorId)).toEqual(order)
    expect(world.attendees.all()[0]).toBe(world.findAttendee(TOKEN, 'users', 'alice'))
  })

  it('tells subscribers once of each change, however it reached the collection', async () => {
    const world = await worldWithMembers(['alice'])
    const heard = vi.fn()
    world.subscribe(heard)
    await world.addUser({ id: 'bob', displayName: 'Bob' })
    expect(heard).toHaveBeenCalledTimes(1)
    await world.users.update(world.users.get('bob')!, (draft) => void (draft.status = 'dnd'))
    expect(heard).toHaveBeenCalledTimes(2)
    world.users.remove(world.users.get('bob')!)
    expect(heard).toHaveBeenCalledTimes(3)
    await world.users.collection.create({ id: 'carol', displayName: 'Carol' })
    expect(heard).toHaveBeenCalledTimes(4)
    world.users.collection.delete((query) => query.where({ id: 'carol' }))
    expect(heard).toHaveBeenCalledTimes(5)
  })

  it('validates a row once when a builder adds it, and a new version once when it is updated', async () => {
    const world = new World({ seed: 1 })
    const parse = vi.spyOn(userSchema, 'safeParse')
    try {
      const alice = await world.addUser({ id: 'alice', displayName: 'Alice' })
      expect(parse).toHaveBeenCalledTimes(1)
      await world.users.update(alice, (draft) => void (draft.status = 'away'))
      expect(parse).toHaveBeenCalledTimes(2)
    } finally {
      parse.mockRestore()
    }
  })

  it('refuses a record written straight into a collection that breaks the schema', async () => {
    const world = new World({ seed: 1 })
    await expect(world.users.collection.create({ id: '', displayName: 'Nobody' })).rejects.toThrow(
      /Failed to store a row: id: /,
    )
    expect(world.users.count()).toBe(0)
  })
})
