import { LOBBY_STATE } from '../constants.js'
import type { Attendee, Conversation, Session } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { actorKey, clientOf, IMPLICIT_CLIENT, tabOf, withTab, type Caller } from './caller.js'

/**
 * A caller resolved inside a conversation: its attendee row and, when this client joined the
 * conversation, its Talk session.
 * @example
 * const { attendee, session } = participant
 */
export interface Participant {
  conversation: Conversation
  attendee: Attendee
  session: Session | undefined
}

/**
 * Looks up a conversation by token and, as `Room::validateTimer()` does on every read, turns
 * off a lobby whose timer has passed.
 * @example
 * const room = await findConversation(world, 'abc123')
 */
export async function findConversation(world: World, token: string): Promise<Conversation | undefined> {
  const conversation = world.conversations.get(token)
  if (!conversation || conversation.lobbyTimer === 0 || conversation.lobbyTimer > world.clock.seconds()) {
    return conversation
  }
  return world.conversations.update(conversation, (draft) => {
    draft.lobbyState = LOBBY_STATE.NONE
    draft.lobbyTimer = 0
  })
}

/**
 * The session this caller's tab holds in a conversation. A tab that never joined it falls back
 * to its client's session (joined without the tab header), then to the implicit client's (of
 * the tab, then without one), so a cookie handed out after the join does not lose the session
 * the same browser opened before it had one.
 * @example
 * const session = findCallerSession(world, caller, 'abc123')
 */
export function findCallerSession(world: World, caller: Caller, token: string): Session | undefined {
  const actor = actorKey(caller)
  const tab = tabOf(caller.clientId)
  const candidates = new Set([
    caller.clientId,
    clientOf(caller.clientId),
    withTab(IMPLICIT_CLIENT, tab),
    IMPLICIT_CLIENT,
  ])
  for (const client of candidates) {
    const session = world.findClientSession(client, actor, token)
    if (session) return session
  }
  return undefined
}

/**
 * Resolves the caller in a conversation as `#[RequireParticipant]` does: users by their
 * attendee row, guests only through their client's session.
 * @example
 * const participant = findParticipant(world, room, caller) // undefined answers 404
 */
export function findParticipant(world: World, conversation: Conversation, caller: Caller): Participant | undefined {
  const session = findCallerSession(world, caller, conversation.token)
  if (caller.kind === 'user') {
    const attendee = world.findAttendee(conversation.token, 'users', caller.userId)
    return attendee && { conversation, attendee, session }
  }
  const attendee = session && world.attendees.get(session.attendeeId)
  return attendee && { conversation, attendee, session }
}
