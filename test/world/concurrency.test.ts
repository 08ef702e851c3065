import { describe, expect, it } from 'vitest'
import { TalkMockError, World } from '../../src/index.js'
import { addRoom, TOKEN } from '../support/worlds.js'

async function worldWithUsers(ids: string[]) {
  const world = new World({ seed: 1 })
  await addRoom(world)
  for (const id of ids) await world.addUser({ id })
  return world
}

describe('World builders called at once', () => {
  it('gives attendees added at once distinct ids', async () => {
    const world = await worldWithUsers(['a', 'b', 'c'])
    const attendees = await Promise.all(['a', 'b', 'c'].map((id) => world.addAttendee(TOKEN, { actorId: id })))
    expect(attendees.map((attendee) => attendee.id)).toEqual([1, 2, 3])
    expect(world.attendees.inGroup(TOKEN).map((attendee) => attendee.actorId)).toEqual(['a', 'b', 'c'])
    expect(world.attendees.collection.all()).toHaveLength(3)
  })

  it('refuses the second of two users added at once with one id', async () => {
    const world = new World({ seed: 1 })
    const results = await Promise.allSettled([world.addUser({ id: 'x' }), world.addUser({ id: 'x' })])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected'])
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(TalkMockError)
    expect(world.users.count()).toBe(1)
    expect(world.users.collection.all()).toHaveLength(1)
  })

  it('refuses the second of two attendees added at once for one user', async () => {
    const world = await worldWithUsers(['a'])
    const results = await Promise.allSettled([
      world.addAttendee(TOKEN, { actorId: 'a' }),
      world.addAttendee(TOKEN, { actorId: 'a' }),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected'])
    expect(world.attendees.collection.all()).toHaveLength(1)
  })

  it('refuses the second of two sessions added at once for one client', async () => {
    const world = await worldWithUsers(['a'])
    const attendee = await world.addAttendee(TOKEN, { actorId: 'a' })
    const results = await Promise.allSettled([
      world.addSession(attendee, { clientId: 'c' }),
      world.addSession(attendee, { clientId: 'c' }),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected'])
    expect(world.sessions.collection.all()).toHaveLength(1)
  })

  it('keeps every change of updates made to one row at once', async () => {
    const world = new World({ seed: 1 })
    const room = await addRoom(world)
    await Promise.all(
      [1, 2, 4, 8].map((bit) => world.conversations.update(room, (draft) => void (draft.callFlag |= bit))),
    )
    expect(world.conversations.get(TOKEN)?.callFlag).toBe(15)
    expect(world.conversations.collection.all()[0]?.callFlag).toBe(15)
  })

  it('drops an update of a row removed before the update lands', async () => {
    const world = await worldWithUsers(['a'])
    const session = await world.addSession(await world.addAttendee(TOKEN, { actorId: 'a' }))
    const updating = world.sessions.update(session, (draft) => void (draft.inCall = 7))
    world.removeSession(session)
    await expect(updating).resolves.toMatchObject({ sessionId: session.sessionId })
    expect(world.sessions.get(session.sessionId)).toBeUndefined()
    expect(world.sessions.collection.all()).toEqual([])
  })

  it('leaves no copy in the collection of a row removed while its update is being stored', async () => {
    // Every interleaving: the removal lands after 0, 1, 2, … microtasks of the update's work.
    for (let ticks = 0; ticks < 16; ticks++) {
      const world = await worldWithUsers(['a'])
      const session = await world.addSession(await world.addAttendee(TOKEN, { actorId: 'a' }))
      const updating = world.sessions.update(session, (draft) => void (draft.inCall = 7))
      for (let tick = 0; tick < ticks; tick++) await Promise.resolve()
      world.removeSession(session)
      await updating
      expect(world.sessions.get(session.sessionId), `after ${ticks} ticks`).toBeUndefined()
      expect(world.sessions.collection.all(), `after ${ticks} ticks`).toEqual([])
    }
  })
})
