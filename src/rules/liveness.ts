import type { Session } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * A session's last sign of life as Talk would have it now: a simulated peer the world keeps
 * alive pinged just now; every other session when it last pinged (docs/guide/signaling.md, "Staying alive").
 * @example
 * const fresh = lastPingOf(world, session) >= world.clock.seconds() - SESSION_TIMEOUT
 */
export function lastPingOf(world: World, session: Session): number {
  return session.liveness === 'peer' ? Math.max(session.lastPing, world.clock.seconds()) : session.lastPing
}

/**
 * Counts a request made through a session as its ping, when nothing else pings for it.
 * `Divergence:` a session that never polled signaling is treated as connected to an external
 * signaling server, which pings for it, so clients (and Node tests) that never poll stay in the call.
 * @example
 * participant.session = await pingByRequest(world, participant.session)
 */
export async function pingByRequest(world: World, session: Session): Promise<Session> {
  const now = world.clock.seconds()
  if (session.liveness !== 'requests' || session.lastPing === now) return session
  return world.sessions.update(session, (draft) => void (draft.lastPing = now))
}
