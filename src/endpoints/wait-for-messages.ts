import { findMessages, type MessageQuery } from '../chat/find-messages.js'
import type { Message } from '../world/message-schema.js'
import { LAST_CLOCK_TIME } from '../world/clock.js'
import type { EndpointContext } from './define-endpoint.js'

/** How often (real ms) a poll on a running clock looks at the time again. */
const REAL_TIME_LOOK = 1000

/**
 * The chat's long poll (`ChatManager::waitForNewMessages`): the messages after the last known
 * one, oldest first, as soon as there are any, or none once `timeout` seconds of the world's
 * clock have passed. It waits as the signaling poll does: on a still clock only a change of the
 * world or a clock move ends the wait (tests never sleep), on a running one real time does too.
 * A world replaced meanwhile, or a client gone, ends it with nothing.
 * @example
 * const news = await waitForMessages(context, 'abc123', { lastKnown: 12, limit: 100, includeLastKnown: false, timeout: 30 })
 */
export async function waitForMessages(
  { world, request, signaling, currentWorld }: EndpointContext,
  token: string,
  query: Omit<MessageQuery, 'order'> & { timeout: number },
): Promise<Message[]> {
  const startedAt = world.clock.now()
  const deadline = Math.min(startedAt + Math.max(0, query.timeout) * 1000, LAST_CLOCK_TIME)
  for (;;) {
    if (currentWorld() !== world || request.signal?.aborted) return []
    const news = findMessages(world, token, { ...query, order: 'asc' })
    const now = world.clock.now()
    // The clock moved back past the poll's start: its time is over, as far as anyone can tell.
    if (news.length > 0 || now >= deadline || now < startedAt) return news
    const timeout = world.clock.mode === 'running' ? Math.min(deadline - now, REAL_TIME_LOOK) : undefined
    await signaling.nextChange(request.signal, timeout)
  }
}
