import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import type { Session } from '../../src/world/schemas.js'
import type { AttendeeInput, ConversationInput, World } from '../../src/world/world.js'

/** The token of the conversation most tests use. */
export const TOKEN = 'room1234'

/** Adds the test conversation (a group conversation unless `input` says otherwise). */
export function addRoom(world: World, input: ConversationInput = {}) {
  return world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP, name: 'Team', ...input })
}

/** Adds a user (named after the id) unless the world has it, and makes them an attendee. */
export async function addMember(
  world: World,
  userId: string,
  participantType: number = PARTICIPANT_TYPE.USER,
  input: AttendeeInput = {},
  token = TOKEN,
) {
  if (!world.users.get(userId)) await addNamedUser(world, userId)
  return world.addAttendee(token, { actorId: userId, participantType, ...input })
}

/** Adds a user whose display name is the id, capitalised. */
export function addNamedUser(world: World, userId: string) {
  return world.addUser({ id: userId, displayName: userId.charAt(0).toUpperCase() + userId.slice(1) })
}

/**
 * Adds a member with a session of a simulated client that is in the call with `flags`; the world
 * keeps it alive unless `liveness` is `'silent'` (it stopped pinging now).
 */
export async function addPeerInCall(
  world: World,
  userId: string,
  flags: number = CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO | CALL_FLAG.WITH_VIDEO,
  token = TOKEN,
  liveness: Session['liveness'] = 'peer',
) {
  const attendee = world.findAttendee(token, 'users', userId) ?? (await addMember(world, userId, undefined, {}, token))
  const session = await world.addSession(attendee, { inCall: flags, liveness })
  const conversation = world.conversations.get(token)!
  await world.conversations.update(conversation, (draft) => {
    draft.callFlag |= flags
    draft.activeSince ??= world.clock.seconds()
  })
  return session
}

/**
 * The usual world: alice (the viewer) is an attendee of type `viewerType` in the test
 * conversation, which takes `room` as overrides.
 */
export function groupWorld(options: { viewerType?: number; room?: ConversationInput; viewer?: AttendeeInput } = {}) {
  return async (world: World) => {
    await addRoom(world, options.room)
    await addMember(world, 'alice', options.viewerType ?? PARTICIPANT_TYPE.USER, options.viewer)
    world.viewer = 'alice'
  }
}

/** The current state of the test conversation. */
export function roomOf(world: World, token = TOKEN) {
  return world.conversations.get(token)!
}

/** The sessions of a user in the test conversation. */
export function sessionsOf(world: World, userId: string, token = TOKEN) {
  const attendee = world.findAttendee(token, 'users', userId)
  return attendee ? world.sessions.inGroup(attendee.id) : []
}
