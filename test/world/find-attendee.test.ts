import { describe, expect, it } from 'vitest'
import { TalkMockError, World } from '../../src/index.js'

async function worldWithMembers() {
  const world = new World({ seed: 1 })
  for (const id of ['alice', 'bob']) await world.addUser({ id })
  for (const token of ['room1', 'room2']) {
    await world.addConversation({ token })
    await world.addAttendee(token, { actorId: 'alice' })
  }
  await world.addAttendee('room2', { actorId: 'bob' })
  return world
}

describe('world.findAttendee', () => {
  it('finds the attendee of an actor in the conversation asked for', async () => {
    const world = await worldWithMembers()
    const found = world.findAttendee('room2', 'users', 'alice')
    expect(found).toMatchObject({ token: 'room2', actorId: 'alice' })
    expect(world.findAttendee('room1', 'users', 'bob')).toBeUndefined()
  })

  it('finds nobody once the attendee is removed, and the actor again once re-added', async () => {
    const world = await worldWithMembers()
    world.removeAttendee(world.findAttendee('room2', 'users', 'bob')!)
    expect(world.findAttendee('room2', 'users', 'bob')).toBeUndefined()
    const again = await world.addAttendee('room2', { actorId: 'bob' })
    expect(world.findAttendee('room2', 'users', 'bob')?.id).toBe(again.id)
  })

  it('refuses to add a user to a conversation twice', async () => {
    const world = await worldWithMembers()
    await expect(world.addAttendee('room1', { actorId: 'alice' })).rejects.toThrow(TalkMockError)
  })

  it('tells a guest from a user with the same actor id', async () => {
    const world = await worldWithMembers()
    await world.addAttendee('room1', { actorType: 'guests', actorId: 'bob', displayName: 'Guest Bob' })
    expect(world.findAttendee('room1', 'guests', 'bob')?.displayName).toBe('Guest Bob')
    expect(world.findAttendee('room1', 'users', 'bob')).toBeUndefined()
  })
})
