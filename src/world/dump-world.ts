import type { World } from './world.js'
import type { WorldJson } from './world-json.js'

/**
 * Describes a world's current state as JSON, in the shape `loadWorld` takes, so a state reached
 * by clicking can be saved and loaded later.
 * @example
 * const saved = JSON.stringify(dumpWorld(mock.world))
 */
export function dumpWorld(world: World): WorldJson {
  return {
    clock: world.clock.now(),
    viewer: world.viewer,
    settings: { ...world.settings },
    users: world.users.all().map((user) => ({ ...user, groups: [...user.groups] })),
    conversations: world.conversations.all().map((conversation) => {
      const messages = world.messages.inGroup(conversation.token).map(({ token: _token, ...message }) => ({
        ...structuredClone(message),
      }))
      return {
        ...conversation,
        attendees: world.attendees.inGroup(conversation.token).map(({ token: _token, ...attendee }) => ({
          ...attendee,
          sessions: world.sessions.inGroup(attendee.id).map(({ attendeeId: _attendeeId, ...session }) => {
            const boundClients = world.clientSessions
              .inGroup(session.sessionId)
              .flatMap((binding) => (binding.clientId === session.clientId ? [] : [binding.clientId]))
            // Left out when none, so worlds without one dump as they always did.
            return boundClients.length > 0 ? { ...session, boundClients } : session
          }),
        })),
        // Left out when empty, so worlds without a chat dump as they always did.
        ...(messages.length > 0 && { messages }),
      }
    }),
    // Left out when empty, so worlds without one dump as they always did.
    ...(world.timeline.events.length > 0 && { timeline: structuredClone(world.timeline) }),
  }
}
