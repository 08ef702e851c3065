import type { World } from './world.js'

/**
 * Moves every absolute time of a world by `seconds`: its clock, lobby timers, call starts, recording starts, last
 * activities, call joins, pings and chat messages, so that a world made at its own instant can start now on a
 * running clock with every time in it as far from now as it was from its start.
 * @example
 * await shiftWorldTimes(world, Math.floor(Date.now() / 1000) - world.clock.seconds())
 */
export async function shiftWorldTimes(world: World, seconds: number): Promise<void> {
  if (seconds === 0) return
  world.clock.set(world.clock.now() + seconds * 1000)
  // The timeline's events are offsets from its start: they move with it.
  world.timeline.start = Math.max(0, world.timeline.start + seconds * 1000)
  const later = (time: number) => (time === 0 ? 0 : Math.max(0, time + seconds))
  for (const room of world.conversations.all()) {
    await world.conversations.update(room, (draft) => {
      draft.lobbyTimer = later(draft.lobbyTimer)
      draft.lastActivity = later(draft.lastActivity)
      draft.recordingSettlesAt = later(draft.recordingSettlesAt)
      if (draft.activeSince !== null) draft.activeSince = Math.max(0, draft.activeSince + seconds)
    })
  }
  for (const attendee of world.attendees.all()) {
    if (attendee.lastJoinedCall !== 0) {
      await world.attendees.update(attendee, (draft) => void (draft.lastJoinedCall = later(draft.lastJoinedCall)))
    }
  }
  for (const message of world.messages.all()) {
    await world.messages.update(message, (draft) => void (draft.timestamp = later(draft.timestamp)))
  }
  for (const session of world.sessions.all()) {
    await world.sessions.update(session, (draft) => void (draft.lastPing = Math.max(0, draft.lastPing + seconds)))
  }
}
