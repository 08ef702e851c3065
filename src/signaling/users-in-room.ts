import { lastPingOf } from '../rules/liveness.js'
import { effectivePermissions } from '../rules/permissions.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'

/** Seconds a session stays in `usersInRoom` after its last ping (the poll's 30 s and 10 s of slack). @example USERS_IN_ROOM_WINDOW === 40 */
export const USERS_IN_ROOM_WINDOW = 40

/**
 * One entry of a poll's `usersInRoom` (Talk's `SignalingSession`).
 * @example
 * const entry: SignalingSession = { userId: 'alice', roomId: 1, lastPing: 1767261600, sessionId: '…', inCall: 7, participantPermissions: 254, actorType: 'users', actorId: 'alice' }
 */
export interface SignalingSession {
  userId: string
  roomId: number
  lastPing: number
  sessionId: string
  inCall: number
  participantPermissions: number
  actorType: string
  actorId: string
}

/**
 * Every session of the conversation seen within 40 s, or since `since` (the poll's own ping)
 * when that is earlier: the caller's own session included, with its call flags, as
 * `SignalingController::getUsersInRoom` lists them.
 * @example
 * usersInRoom(world, room, world.clock.seconds())
 */
export function usersInRoom(world: World, conversation: Conversation, since: number): SignalingSession[] {
  const from = Math.min(world.clock.seconds() - USERS_IN_ROOM_WINDOW, since)
  const entries: SignalingSession[] = []
  for (const attendee of world.attendees.inGroup(conversation.token)) {
    for (const session of world.sessions.inGroup(attendee.id)) {
      const lastPing = lastPingOf(world, session)
      if (lastPing < from) continue
      entries.push({
        userId: attendee.actorType === 'users' ? attendee.actorId : '',
        roomId: conversation.id,
        lastPing,
        sessionId: session.sessionId,
        inCall: session.inCall,
        participantPermissions: effectivePermissions(world, conversation, attendee),
        actorType: attendee.actorType,
        actorId: attendee.actorId,
      })
    }
  }
  return entries
}

/**
 * What a poll tells about its room, less the pings: it changes exactly when Talk posts its
 * `refresh-participant-list` marker (someone joins or leaves the conversation or the call,
 * changes flags or permissions, the call starts or ends, the default permissions change) or a
 * session drops out of the list.
 * @example
 * if (roomSignature(world, room, since) !== told) answerNow()
 */
export function roomSignature(world: World, conversation: Conversation, since: number): string {
  const sessions = usersInRoom(world, conversation, since).map(
    (entry) => `${entry.sessionId}:${entry.inCall}:${entry.participantPermissions}`,
  )
  // Talk posts the marker for a modified room only when its call or default permissions change.
  const { activeSince, callFlag, defaultPermissions } = conversation
  return `${activeSince}|${callFlag}|${defaultPermissions}|${sessions.join(',')}`
}
