import { isDeepStrictEqual } from 'node:util'
import type { TalkMock } from '../../src/index.js'

/** How long a session counts as alive after its last ping, in seconds (Talk's 30 s). */
const ALIVE_SECONDS = 30

/**
 * The invariants a real Talk server keeps too, checked on the mock's world; throws naming the
 * first one broken. Stale sessions may keep their flags after a call ended, as in Talk, so only
 * sessions that pinged within 30 s must sit in a running call.
 * @example checkWorld(mock)
 */
export function checkWorld(mock: TalkMock): void {
  const world = mock.world
  const conversations = new Map(world.conversations.all().map((conversation) => [conversation.token, conversation]))
  const attendees = world.attendees.all()
  const attendeeById = new Map(attendees.map((attendee) => [attendee.id, attendee]))
  if (attendeeById.size !== attendees.length) broken('attendee ids are not unique')
  for (const attendee of attendees) {
    if (!conversations.has(attendee.token))
      broken(`attendee ${attendee.id} belongs to no conversation (${attendee.token})`)
  }
  const sessions = world.sessions.all()
  if (new Set(sessions.map((session) => session.sessionId)).size !== sessions.length)
    broken('session ids are not unique')
  const now = world.clock.seconds()
  for (const session of sessions) {
    const attendee = attendeeById.get(session.attendeeId)
    if (!attendee) broken(`session ${session.sessionId.slice(0, 12)}… belongs to no attendee (${session.attendeeId})`)
    const conversation = conversations.get(attendee.token)!
    const alive = session.lastPing >= now - ALIVE_SECONDS && session.lastPing <= now
    if (alive && session.inCall !== 0 && conversation.activeSince === null) {
      broken(`a live session in the call of ${conversation.token} (flags ${session.inCall}) while no call runs`)
    }
  }
  for (const conversation of conversations.values()) {
    if (conversation.activeSince === null && conversation.callFlag !== 0) {
      broken(`${conversation.token} has callFlag ${conversation.callFlag} with no call running`)
    }
  }
}

/**
 * Loads the mock's dump back and checks that it dumps the same again (under the same scenario
 * name, so the story stays).
 * @example await checkRoundTrip(mock)
 */
export async function checkRoundTrip(mock: TalkMock<string>): Promise<void> {
  const before = mock.dump()
  const name = mock.scenario.name
  await mock.load(before, name === 'custom' ? {} : { scenario: name })
  const after = mock.dump()
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(before)))) {
    broken(`the dump does not load back to itself: ${firstDifference(before, after)}`)
  }
}

function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return `${path}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = (a as Record<string, unknown>)[key]
    const right = (b as Record<string, unknown>)[key]
    if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${path}.${key}`)
  }
  return `${path}: equal`
}

function broken(what: string): never {
  throw new Error(`invariant broken: ${what}`)
}
