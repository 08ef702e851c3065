import type { Timeline } from '../timeline/timeline.js'
import type { Attendee, ClientSession, Conversation, Session, Settings, User } from './schemas.js'
import type { Message } from './message-schema.js'

/**
 * A built world frozen as plain rows, so the mock can rebuild it (on `reset()`, or switching
 * back to a scenario) without running faker and the checks of the builders again.
 * @example
 * const image = world.image()
 * const again = await World.fromImage(image)
 */
export interface WorldImage {
  /** The seed the world was built with. */
  readonly seed: number
  /** The clock (epoch ms) when the world was built. */
  readonly clock: number
  readonly viewer: string | null
  readonly settings: Settings
  /** The timeline as it stood (which events ran). */
  readonly timeline: Readonly<Timeline>
  readonly users: readonly User[]
  readonly conversations: readonly Conversation[]
  readonly attendees: readonly Attendee[]
  readonly sessions: readonly Session[]
  /** How clients find their sessions. */
  readonly clientSessions: readonly ClientSession[]
  readonly messages: readonly Message[]
  /** The builders' counters, so worlds rebuilt from the image number new rows the same way. */
  readonly lastAttendeeId: number
  readonly lastConversationId: number
  readonly lastPeerClient: number
  readonly lastMessageId: number
}

/**
 * Deep copies of rows, frozen: an image is shared by every world rebuilt from it, and a row's
 * arrays must not stay shared with the live world it was taken from.
 * @example
 * const users = copyRows(world.users.all())
 */
export function copyRows<Row extends object>(rows: readonly Row[]): readonly Row[] {
  return deepFreeze(rows.map((row) => structuredClone(row)))
}

/**
 * Freezes a value and everything it holds; returns it.
 * @example
 * const world = deepFreeze(JSON.parse(text) as WorldJson)
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  for (const child of Object.values(value)) deepFreeze(child)
  return Object.freeze(value)
}

/**
 * Whether a value and everything it holds is frozen: only such JSON can be shared as one image.
 * @example
 * isDeepFrozen(deepFreeze({ users: [] })) // true
 */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen)
}
