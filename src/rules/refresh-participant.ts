import type { World } from '../world/world.js'
import type { Participant } from './find-participant.js'

/**
 * The current rows of a participant after the world changed (records are replaced on update).
 * @example
 * return controllerOutcome(200, describeRoom(world, refreshParticipant(world, participant)))
 */
export function refreshParticipant(world: World, participant: Participant): Participant {
  return {
    conversation: world.conversations.get(participant.conversation.token) ?? participant.conversation,
    attendee: world.attendees.get(participant.attendee.id) ?? participant.attendee,
    session: participant.session && world.sessions.get(participant.session.sessionId),
  }
}
