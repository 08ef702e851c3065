import type { Session } from '../world/schemas.js'
import { lastPingOf } from '../rules/liveness.js'
import type { World } from '../world/world.js'

/**
 * One entry of the v4 peer list (`CallPeer`), fields in Talk's order.
 * @example
 * const peer: CallPeer = { actorType: 'users', actorId: 'alice', displayName: 'Alice', token: 'abc123', lastPing: 1767261600, sessionId: '…' }
 */
export interface CallPeer {
  actorType: string
  actorId: string
  displayName: string
  token: string
  lastPing: number
  sessionId: string
}

/**
 * One entry of the API v1 peer list: the user id (empty for guests and other non-users)
 * instead of actor type, actor id and display name.
 * @example
 * const peer: CallPeerV1 = { userId: '', token: 'abc123', lastPing: 1767261600, sessionId: '…' }
 */
export interface CallPeerV1 {
  userId: string
  token: string
  lastPing: number
  sessionId: string
}

/**
 * Describes a session as an API v1 peer.
 * @example
 * describePeerV1(world, 'abc123', session).userId // 'alice', or '' for a guest
 */
export function describePeerV1(world: World, token: string, session: Session): CallPeerV1 {
  const attendee = world.attendees.get(session.attendeeId)!
  return {
    userId: attendee.actorType === 'users' ? attendee.actorId : '',
    token,
    lastPing: lastPingOf(world, session),
    sessionId: session.sessionId,
  }
}

/**
 * Describes a session as a peer; a user's name falls back to the user's, then to the id.
 * @example
 * describePeer(world, 'abc123', session).displayName
 */
export function describePeer(world: World, token: string, session: Session): CallPeer {
  const attendee = world.attendees.get(session.attendeeId)!
  let displayName = attendee.displayName
  if (attendee.actorType === 'users' && displayName === '') {
    displayName = world.users.get(attendee.actorId)?.displayName || attendee.actorId
  }
  return {
    actorType: attendee.actorType,
    actorId: attendee.actorId,
    displayName,
    token,
    lastPing: lastPingOf(world, session),
    sessionId: session.sessionId,
  }
}
