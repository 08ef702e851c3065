import { CALL_FLAG } from '../constants.js'
import { TalkMockError } from '../errors.js'
import type { Conversation } from './schemas.js'
import { validate } from './validate.js'
import { World } from './world.js'
import { worldJsonSchema, type WorldJson } from './world-json.js'
import type { Faker } from '@faker-js/faker'
import { readTimeline } from '../timeline/timeline.js'

/**
 * A world description, or a function that writes one with the world's seeded faker (for bulk
 * peers); either way the same seed gives the same world.
 * @example
 * const source: WorldSource = (faker) => ({ users: [{ id: faker.internet.username() }] })
 */
export type WorldSource = WorldJson | ((faker: Faker) => WorldJson)

/**
 * Builds a fresh world from its JSON description. Everything is checked before the world is
 * handed out, so a bad description never leaves a half-built world behind; errors name the
 * field (`conversations[0].attendees[1].actorId: ...`). A conversation that does not say
 * whether a call runs gets one when any of its sessions is in the call, with `callFlag` the OR
 * of their flags.
 * @example
 * const world = await loadWorld({ viewer: 'alice', users: [{ id: 'alice' }] }, { seed: 1 })
 */
export async function loadWorld(source: WorldSource, options: { seed: number; clockStart?: number }): Promise<World> {
  const world = new World({ seed: options.seed, clockStart: options.clockStart })
  const json = typeof source === 'function' ? source(await world.loadFaker()) : source
  const input = validate(worldJsonSchema, json, 'load the world')
  if (input.clock !== undefined)
    world.clock.set(typeof input.clock === 'string' ? Date.parse(input.clock) : input.clock)
  if (input.settings) world.updateSettings(input.settings)
  world.timeline = readTimeline(input.timeline, world.clock.now())
  for (const [index, user] of (input.users ?? []).entries()) {
    await at(`users[${index}]`, () => world.addUser(user))
  }
  for (const [index, { attendees = [], messages = [], ...conversation }] of (input.conversations ?? []).entries()) {
    const path = `conversations[${index}]`
    const running = runningCall(world, conversation.activeSince, attendees)
    const room = await at(path, () => world.addConversation({ ...conversation, ...running }))
    for (const [attendeeIndex, { sessions = [], ...attendee }] of attendees.entries()) {
      const attendeePath = `${path}.attendees[${attendeeIndex}]`
      const added = await at(attendeePath, () => world.addAttendee(room.token, attendee))
      for (const [sessionIndex, { boundClients = [], ...session }] of sessions.entries()) {
        await at(`${attendeePath}.sessions[${sessionIndex}]`, async () => {
          const opened = await world.addSession(added, session)
          for (const clientId of boundClients) await world.bindClientSession(clientId, opened)
        })
      }
    }
    for (const [messageIndex, message] of messages.entries()) {
      await at(`${path}.messages[${messageIndex}]`, () => world.addMessage(room.token, message))
    }
  }
  if (input.viewer !== undefined) {
    if (input.viewer !== null && !world.users.get(input.viewer)) {
      throw new TalkMockError(
        'load the world',
        `viewer: no user "${input.viewer}"`,
        'Name a user of `users`, or null for a guest.',
      )
    }
    world.viewer = input.viewer
  }
  world.finishBuilding()
  return world
}

/**
 * The call a conversation that does not say whether one runs gets: running since now when any
 * of its sessions is in it, with `callFlag` the OR of their flags (set at insert time, so
 * loading never has to update a row).
 */
function runningCall(
  world: World,
  activeSince: number | null | undefined,
  attendees: ReadonlyArray<{ sessions?: ReadonlyArray<{ inCall?: number }> }>,
): Partial<Conversation> {
  if (activeSince !== undefined) return {}
  let flags = CALL_FLAG.DISCONNECTED as number
  for (const attendee of attendees) for (const session of attendee.sessions ?? []) flags |= session.inCall ?? 0
  return flags === CALL_FLAG.DISCONNECTED ? {} : { activeSince: world.clock.seconds(), callFlag: flags }
}

async function at<T>(path: string, build: () => Promise<T>): Promise<T> {
  try {
    return await build()
  } catch (error) {
    if (!(error instanceof TalkMockError)) throw error
    throw new TalkMockError('load the world', `${path}: ${error.reason}`, error.remedy)
  }
}
