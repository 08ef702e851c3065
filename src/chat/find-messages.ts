import type { Message } from '../world/message-schema.js'
import type { World } from '../world/world.js'

/** Which messages `findMessages` gives: the direction, how many, and from which message on. */
export interface MessageQuery {
  /** The last message the client knows (0 for none): the messages before (`desc`) or after (`asc`) it. */
  lastKnown: number
  order: 'asc' | 'desc'
  /** How many at most; 0 or less for all (`setMaxResults` is left out then). */
  limit: number
  /** Whether the last known message itself is one of them. */
  includeLastKnown: boolean
}

/**
 * A conversation's messages in the order of their time (then id), from a known message on, as
 * Nextcloud's `CommentsManager::getForObjectSince` reads them: a last known id that is no message
 * of this conversation limits nothing, so the history starts at the newest message and the future
 * at the oldest.
 * @example
 * findMessages(world, 'abc123', { lastKnown: 0, order: 'desc', limit: 100, includeLastKnown: false }) // newest first
 */
export function findMessages(world: World, token: string, query: MessageQuery): Message[] {
  const all = world.messages.inGroup(token).sort(byTime)
  const known = query.lastKnown > 0 ? world.messages.get(query.lastKnown) : undefined
  let found = all
  if (known?.token === token) {
    const include = query.includeLastKnown ? 0 : 1
    found = all.filter((message) =>
      query.order === 'desc' ? byTime(message, known) <= -include : byTime(message, known) >= include,
    )
  }
  if (query.order === 'desc') found.reverse()
  return query.limit > 0 ? found.slice(0, query.limit) : found
}

/** Oldest first: by time, then by id. */
function byTime(a: Message, b: Message): number {
  return Math.sign(a.timestamp - b.timestamp || a.id - b.id)
}

/**
 * The newest message every user of the conversation has read (`getLastCommonReadChatMessage`:
 * the lowest read marker of its users; guests do not count). `Divergence:` every user shares
 * their read status (Talk's read privacy "public", its default).
 * @example
 * lastCommonRead(world, 'abc123') // 0 before anyone read anything
 */
export function lastCommonRead(world: World, token: string): number {
  let lowest: number | undefined
  for (const attendee of world.attendees.inGroup(token)) {
    if (attendee.actorType !== 'users') continue
    lowest = Math.min(lowest ?? attendee.lastReadMessage, attendee.lastReadMessage)
  }
  return lowest ?? 0
}
