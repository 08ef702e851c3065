import { describe, expect, it } from 'vitest'
import { createTalkMock, PARTICIPANT_TYPE, TalkMockError, World } from '../../src/index.js'
import { addRoom, TOKEN } from '../support/worlds.js'

const newWorld = () => new World({ seed: 1 })

describe('World builders', () => {
  it('refuses a user id that is taken', async () => {
    const world = newWorld()
    await world.addUser({ id: 'alice' })
    await expect(world.addUser({ id: 'alice' })).rejects.toThrow(
      new TalkMockError('add user "alice"', 'the id is taken', 'Pick another id.'),
    )
  })

  it('refuses a conversation token that is taken', async () => {
    const world = newWorld()
    await addRoom(world)
    await expect(addRoom(world)).rejects.toThrow(
      /^\[talk-mock\] Failed to add conversation "room1234": the token is taken/,
    )
  })

  it('refuses an attendee of a conversation that does not exist', async () => {
    const world = newWorld()
    await world.addUser({ id: 'alice' })
    const adding = world.addAttendee('nosuchroom', { actorId: 'alice' })
    await expect(adding).rejects.toBeInstanceOf(TalkMockError)
    await expect(adding).rejects.toThrow(/no conversation has that token\. Add the conversation first\./)
  })

  it('refuses a user attendee for a user the world does not have', async () => {
    const world = newWorld()
    await addRoom(world)
    await expect(world.addAttendee(TOKEN, { actorId: 'ghost' })).rejects.toThrow(
      /no user "ghost"\. Add the user first\./,
    )
  })

  it('refuses to add the same user to a conversation twice', async () => {
    const world = newWorld()
    await addRoom(world)
    await world.addUser({ id: 'alice' })
    await world.addAttendee(TOKEN, { actorId: 'alice' })
    await expect(world.addAttendee(TOKEN, { actorId: 'alice' })).rejects.toThrow(/the user is an attendee already/)
  })

  it('names the bad field of a conversation', async () => {
    const world = newWorld()
    await expect(world.addConversation({ token: 'AB' })).rejects.toThrow(
      /^\[talk-mock\] Failed to add conversation "AB": token: a token is 4 to 30 characters of a-z and 0-9\. Fix the fields named above\.$/,
    )
  })

  it('names every bad field of an attendee', async () => {
    const world = newWorld()
    await addRoom(world)
    await world.addUser({ id: 'alice' })
    const adding = world.addAttendee(TOKEN, { actorId: 'alice', participantType: 9, permissions: -1 })
    await expect(adding).rejects.toThrow(/participantType: .*; permissions: /)
  })

  it('names the bad field of a session', async () => {
    const world = newWorld()
    await addRoom(world)
    await world.addUser({ id: 'alice' })
    const alice = await world.addAttendee(TOKEN, { actorId: 'alice' })
    await expect(world.addSession(alice, { inCall: 16 })).rejects.toThrow(/inCall: /)
  })

  it('names the bad field of the settings', () => {
    expect(() => newWorld().updateSettings({ startCalls: 7 })).toThrow(/startCalls: /)
  })

  it('adds nothing when the input is bad', async () => {
    const world = newWorld()
    await expect(world.addConversation({ token: 'room1234', type: 42 })).rejects.toThrow(TalkMockError)
    expect(world.conversations.count()).toBe(0)
    expect(world.conversations.collection.all()).toEqual([])
    await addRoom(world)
    expect(world.conversations.get(TOKEN)?.type).toBe(2)
  })

  it('refuses a session for an attendee that does not exist', async () => {
    await expect(newWorld().addSession(99)).rejects.toThrow(/add a session for attendee 99: no such attendee/)
  })

  it('refuses a second session of one client in one conversation', async () => {
    const world = newWorld()
    await addRoom(world)
    await world.addUser({ id: 'alice' })
    const alice = await world.addAttendee(TOKEN, { actorId: 'alice' })
    await world.addSession(alice, { clientId: 'laptop' })
    await expect(world.addSession(alice, { clientId: 'laptop' })).rejects.toThrow(
      /client "laptop" has a session in "room1234" already/,
    )
  })

  it('names guests by a 40-character sha1 and defaults them to the guest type', async () => {
    const world = newWorld()
    await addRoom(world)
    const guest = await world.addAttendee(TOKEN, { actorType: 'guests' })
    expect(guest.actorId).toMatch(/^[0-9a-f]{40}$/)
    expect(guest.participantType).toBe(PARTICIPANT_TYPE.GUEST)
  })

  it('gives sessions a 255-character id and the clock time as last ping', async () => {
    const world = newWorld()
    await addRoom(world)
    await world.addUser({ id: 'alice' })
    const session = await world.addSession(await world.addAttendee(TOKEN, { actorId: 'alice' }))
    expect(session.sessionId).toMatch(/^[A-Za-z0-9]{255}$/)
    expect(session.lastPing).toBe(world.clock.seconds())
  })

  it('removes the sessions of an attendee it removes', async () => {
    const world = newWorld()
    await addRoom(world)
    await world.addUser({ id: 'alice' })
    const alice = await world.addAttendee(TOKEN, { actorId: 'alice' })
    await world.addSession(alice)
    world.removeAttendee(alice)
    expect(world.sessions.count()).toBe(0)
    expect(world.sessionsIn(TOKEN)).toEqual([])
  })
})

describe('the clock', () => {
  it('refuses to go backwards', () => {
    expect(() => newWorld().clock.advance(-1)).toThrow(/Failed to advance the clock: -1 is not a duration/)
  })

  it('refuses a time that is not epoch milliseconds', () => {
    expect(() => newWorld().clock.set(Number.NaN)).toThrow(TalkMockError)
  })

  it('counts whole seconds', () => {
    const world = new World({ seed: 1, clockStart: Date.UTC(2026, 0, 1) })
    world.clock.advance(1999)
    expect(world.clock.seconds()).toBe(Date.UTC(2026, 0, 1) / 1000 + 1)
  })
})

describe('createTalkMock', () => {
  it('refuses a seed that is not an integer', () => {
    expect(() => createTalkMock({ seed: 1.5 })).toThrow(/Failed to create the mock: seed 1.5 is not an integer/)
  })

  it('builds the same world from the same seed', async () => {
    const setup = async (world: World) => {
      await addRoom(world)
      await world.addUser({ id: 'alice' })
      await world.addSession(await world.addAttendee(TOKEN, { actorId: 'alice' }))
    }
    const [first, second] = [createTalkMock({ seed: 7, setup }), createTalkMock({ seed: 7, setup })]
    await Promise.all([first.ready, second.ready])
    expect(second.world.users.all()).toEqual(first.world.users.all())
    expect(second.world.sessions.all()).toEqual(first.world.sessions.all())
  })

  it('builds a fresh world on reset', async () => {
    const mock = createTalkMock({ setup: (world) => addRoom(world).then(() => undefined) })
    await mock.ready
    const before = mock.world
    mock.clock.advance(60_000)
    await mock.world.addUser({ id: 'late' })
    await mock.reset()
    expect(mock.world).not.toBe(before)
    expect(mock.world.users.get('late')).toBeUndefined()
    expect(mock.world.conversations.get(TOKEN)).toBeDefined()
    expect(mock.clock.now()).toBe(Date.UTC(2026, 0, 1, 10))
  })
})

describe('createTalkMock with a failing setup', () => {
  it('rejects ready with the TalkMockError of the setup', async () => {
    const mock = createTalkMock({ setup: (world) => world.addAttendee('nosuchroom', { actorId: 'x' }).then(() => {}) })
    await expect(mock.ready).rejects.toThrow(/no conversation has that token/)
  })
})
