export * from './constants.js'
export { TalkMockError } from './errors.js'
import { scenarios, type ScenarioName } from '../scenarios/index.js'
import type { Scenario } from './mock/define-scenario.js'
import { assembleTalkMock } from './mock/assemble-talk-mock.js'
import type { TalkMock, TalkMockOptions } from './mock/talk-mock-types.js'

export type { TalkMock, TalkMockOptions, ActiveScenario, ApiVersion } from './mock/talk-mock-types.js'
export type { MockChange, MockClock, MockTimeline } from './mock/talk-mock-types.js'
export {
  timelineEventSchema,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineJson,
} from './timeline/timeline-schema.js'
export type { TimelineView } from './timeline/describe-timeline.js'
export { defineScenario, type Scenario } from './mock/define-scenario.js'
export { overlays, SLOW_LATENCY_MS, type Overlay, type OverlayName } from './mock/overlays.js'
export { controlRoutes } from './mock/control-routes.js'
export { scenarios }
export type { ScenarioName } from '../scenarios/index.js'
export { World, type UserInput, type ConversationInput, type AttendeeInput, type SessionInput } from './world/world.js'
export { worldJsonSchema, type WorldJson } from './world/world-json.js'
export type { WorldSource } from './world/load-world.js'
export type { Clock, ClockMode } from './world/clock.js'
export type { Random } from './world/create-random.js'
export type { WorldImage } from './world/world-image.js'
export type { User, Conversation, Attendee, Session, Settings } from './world/schemas.js'
export type { CallPeer } from './endpoints/describe-peer.js'
export type { SimulatedPeers, PeerMedia, PeerEvent } from './signaling/simulated-peers.js'
export type { TalkRoom } from './endpoints/describe-room.js'
export { describeCapabilities, TALK_FEATURES, TALK_VERSION, SERVER_VERSION } from './nextcloud/capabilities.js'
export { MOCK_REQUEST_TOKEN } from './nextcloud/request-token.js'
export { CLIENT_COOKIE } from './rules/caller.js'
export type { PlainRequest } from './door/plain-request.js'
export type { PlainAnswer } from './door/plain-answer.js'
export {
  Journal,
  JOURNAL_BODY_LIMIT,
  JOURNAL_LIMIT,
  JOURNAL_SIZE_LIMIT,
  type JournalEntry,
  type JournalKind,
} from './journal/journal.js'
export { onUnhandled, type UnhandledStrategy } from './msw/majors.js'

/**
 * Creates an isolated Talk mock, over the built-in scenarios unless `options.scenarios` names others.
 * @example
 * const mock = createTalkMock({
 *   setup: async (world) => {
 *     await world.addUser({ id: 'alice', displayName: 'Alice' })
 *     await world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.GROUP })
 *     await world.addAttendee('abc123', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
 *     world.viewer = 'alice'
 *   },
 * })
 * server.use(...mock.handlers)
 */
export function createTalkMock<const Name extends string = ScenarioName>(
  options: TalkMockOptions<Name> = {},
): TalkMock<Name> {
  // Without `scenarios`, `Name` is the built-in names (its default), so the built-in catalogue is of `Name`.
  return assembleTalkMock(options, scenarios as readonly Scenario<string>[] as readonly Scenario<Name>[])
}
