import type { Attendee, Conversation, Session, Settings, User } from './schemas.js'

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
  readonly users: readonly User[]
  readonly conversations: readonly Conversation[]
  readonly attendees: readonly Attendee[]
  readonly sessions: readonly Session[]
  /** The builders' counters, so worlds rebuilt from the image number new rows the same way. */
  readonly lastAttendeeId: number
  readonly lastPeerClient: number
}

/**
 * Plain copies of rows, frozen: an image is shared by every world rebuilt from it.
 * @example
 * const users = copyRows(world.users.all())
 */
export function copyRows<Row extends object>(rows: readonly Row[]): readonly Row[] {
  return Object.freeze(rows.map((row) => Object.freeze({ ...row })))
}
