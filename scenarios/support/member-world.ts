import type { Faker } from '@faker-js/faker'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/constants.js'
import type { WorldJson } from '../../src/world/world-json.js'
import { buildPeers, viewerUser } from './peers.js'

type ConversationJson = NonNullable<WorldJson['conversations']>[number]
type AttendeeJson = NonNullable<ConversationJson['attendees']>[number]

/** What varies between the member scenarios. */
export interface MemberWorldOptions {
  token: string
  /** Fields of the conversation besides token and attendees (default: a group). */
  conversation?: Omit<ConversationJson, 'token' | 'attendees'>
  /** Fields of the viewer's attendee row (default: a plain member); `false` leaves the viewer out. */
  viewer?: Omit<AttendeeJson, 'actorId'> | false
  /** How many other members, and whether they are in the call. */
  peers?: number
  inCall?: boolean
  /** How many of the peers (the last ones) stopped pinging when the world starts. */
  silentPeers?: number
  settings?: WorldJson['settings']
}

/**
 * The usual shape of a scenario: the viewer `alice` and some peers in one conversation.
 * @example
 * world: (faker) => memberWorld(faker, { token: 'groupcall', peers: 4, inCall: true })
 */
export function memberWorld(faker: Faker, options: MemberWorldOptions): WorldJson {
  const viewer = viewerUser(faker)
  const peers = buildPeers(faker, options.peers ?? 3, {
    inCall: options.inCall ?? false,
    silent: options.silentPeers,
  })
  const viewerAttendee: AttendeeJson[] =
    options.viewer === false ? [] : [{ participantType: PARTICIPANT_TYPE.USER, ...options.viewer, actorId: viewer.id }]
  return {
    viewer: viewer.id,
    settings: options.settings,
    users: [viewer, ...peers.users],
    conversations: [
      {
        type: CONVERSATION_TYPE.GROUP,
        name: faker.company.catchPhrase(),
        ...options.conversation,
        token: options.token,
        attendees: [...peers.attendees, ...viewerAttendee],
      },
    ],
  }
}
