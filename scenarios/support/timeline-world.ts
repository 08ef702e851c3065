import type { Faker } from '@faker-js/faker'
import type { TimelineEvent } from '../../src/timeline/timeline-schema.js'
import type { WorldJson } from '../../src/world/world-json.js'
import { memberWorld, type MemberWorldOptions } from './member-world.js'

/**
 * A member world that unfolds: `memberWorld` (the viewer `alice`, the owner `peer1` and the
 * other peers) with a timeline. `waiting` names the peers who are members but have not opened
 * the conversation yet (no session), so the timeline can bring them in.
 * @example
 * world: (faker) => timelineWorld(faker, { token: 'fillingup', peers: 5, inCall: true, waiting: 4 }, events)
 */
export function timelineWorld(
  faker: Faker,
  options: MemberWorldOptions & { waiting?: number },
  events: TimelineEvent[],
): WorldJson {
  const world = memberWorld(faker, options)
  const peers = options.peers ?? 3
  const waiting = new Set(Array.from({ length: options.waiting ?? 0 }, (_, index) => `peer${peers - index}`))
  for (const conversation of world.conversations ?? []) {
    conversation.attendees = conversation.attendees?.map(({ sessions, ...attendee }) =>
      waiting.has(attendee.actorId ?? '') ? attendee : { ...attendee, sessions },
    )
  }
  return { ...world, timeline: events }
}
