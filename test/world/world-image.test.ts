import { describe, expect, it } from 'vitest'
import { CALL_FLAG, World } from '../../src/index.js'
import { loadWorld } from '../../src/world/load-world.js'

const json = {
  clock: '2026-03-01T09:00:00Z',
  viewer: 'alice',
  settings: { startCalls: 1 },
  users: [
    { id: 'alice', displayName: 'Alice' },
    { id: 'bob', displayName: 'Bob' },
  ],
  conversations: [
    {
      token: 'room1234',
      name: 'Standup',
      attendees: [{ actorId: 'alice' }, { actorId: 'bob', sessions: [{ inCall: CALL_FLAG.IN_CALL }] }],
    },
  ],
}

describe('World images', () => {
  it('rebuild a world with the same rows, viewer, settings and clock', async () => {
    const world = await loadWorld(json, { seed: 5 })
    const rebuilt = await World.fromImage(world.image())
    for (const table of ['users', 'conversations', 'attendees', 'sessions'] as const) {
      expect(rebuilt[table].all()).toEqual(world[table].all())
    }
    expect([rebuilt.viewer, rebuilt.settings, rebuilt.clock.now()]).toEqual([
      world.viewer,
      world.settings,
      world.clock.now(),
    ])
    const bob = rebuilt.findAttendee('room1234', 'users', 'bob')!
    expect(rebuilt.sessions.inGroup(bob.id)).toHaveLength(1)
    expect(rebuilt.findClientSession('peer-1', 'users/bob', 'room1234')?.inCall).toBe(CALL_FLAG.IN_CALL)
  })

  it('draw the same session ids and numbers in a rebuilt world as in the first', async () => {
    const world = await loadWorld(json, { seed: 5 })
    const rebuilt = await World.fromImage(world.image())
    const next = async (target: World) => {
      const attendee = await target.addAttendee('room1234', { actorType: 'guests' })
      const session = await target.addSession(attendee)
      return [attendee.id, attendee.actorId, session.sessionId, session.clientId]
    }
    expect(await next(rebuilt)).toEqual(await next(world))
  })

  it('keep the world as it was when the image was taken', async () => {
    const world = await loadWorld(json, { seed: 5 })
    const image = world.image()
    await world.users.update(world.users.get('bob')!, (bob) => void (bob.displayName = 'Robert'))
    world.updateSettings({ startCalls: 3 })
    world.viewer = 'bob'
    const rebuilt = await World.fromImage(image)
    expect([rebuilt.users.get('bob')?.displayName, rebuilt.settings.startCalls, rebuilt.viewer]).toEqual([
      'Bob',
      1,
      'alice',
    ])
    expect(Object.isFrozen(image.users[0])).toBe(true)
  })
})
