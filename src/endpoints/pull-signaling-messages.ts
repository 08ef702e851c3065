// GET /ocs/v2.php/apps/spreed/api/v3/signaling/{token} (signaling-pull-messages)
// A long poll: pings the caller's session, then waits up to 30 s of the world's clock for a
// message or a change of the room, and answers the messages and `usersInRoom`:
// 200 [...messages, usersInRoom]; 404 [usersInRoom []] without a session in this conversation
// (or one of another actor), and at the end when the caller was removed or the conversation is
// gone; 409 (with the messages collected) when the session was killed meanwhile (a forced join
// took it over, the world was replaced) but the conversation is still there for the caller.
// Unreachable in the mock: 400 "Internal signaling disabled.".
import { defineEndpoint, type EndpointContext } from './define-endpoint.js'
import { findCallerSession } from '../rules/find-participant.js'
import { controllerOutcome, type Outcome } from '../rules/outcome.js'
import { LAST_CLOCK_TIME } from '../world/clock.js'
import type { World } from '../world/world.js'
import { conversationOfSession, statusOfGoneSession } from '../signaling/signaling-session.js'
import { roomSignature, usersInRoom } from '../signaling/users-in-room.js'

/** How often (real ms) a poll on a running clock looks at the time again. */
const REAL_TIME_LOOK = 1000

/** How long a poll waits at most, in seconds of the world's clock (`PULL_MESSAGES_TIMEOUT`). @example PULL_MESSAGES_TIMEOUT === 30 */
export const PULL_MESSAGES_TIMEOUT = 30

/**
 * Talk's internal signaling poll, which keeps a client's session alive: once a session polls,
 * only its polls (and its join) ping it. On a running clock it waits in real time; on a still
 * one only a change or a clock move ends the wait, so tests never sleep.
 * @example
 * const { ocs } = await fetch(`/ocs/v2.php/apps/spreed/api/v3/signaling/${token}`, { headers }).then((r) => r.json())
 */
export const pullMessages = defineEndpoint({
  operationId: 'signaling-pull-messages',
  method: 'GET',
  path: '/signaling/{token}',
  apiVersions: ['v3'],
  followsApiVersions: false,
  async handle(context) {
    const { world, caller, path } = context
    const token = path.token!
    const bound = findCallerSession(world, caller, token)
    if (!bound || !conversationOfSession(world, caller, bound.sessionId)) return gone(404)
    // Talk reads the session from the PHP session once: the poll keeps the session it started with.
    const { sessionId } = bound
    const since = world.clock.seconds()
    await world.sessions.update(bound, (draft) => {
      draft.lastPing = since
      draft.liveness = 'signaling'
    })
    return waitForNews(context, world, token, sessionId, since)
  },
})

async function waitForNews(
  { caller, request, signaling, currentWorld }: EndpointContext,
  started: World,
  token: string,
  sessionId: string,
  since: number,
): Promise<Outcome> {
  // A clock near the last time a Date can hold ends the wait there: it cannot move past it.
  const startedAt = started.clock.now()
  const deadline = Math.min(startedAt + PULL_MESSAGES_TIMEOUT * 1000, LAST_CLOCK_TIME)
  const poll = {}
  signaling.startPoll(started, sessionId, poll)
  const messages: string[] = []
  try {
    for (;;) {
      const world = currentWorld()
      const conversation = world === started ? conversationOfSession(world, caller, sessionId) : undefined
      if (!conversation) {
        const data = [...asMessages(messages), { type: 'usersInRoom', data: [] }]
        return controllerOutcome(statusOfGoneSession(world, caller, token), data)
      }
      // A newer poll of the session takes over: this one answers at once and takes nothing of it.
      if (!signaling.isCurrentPoll(world, sessionId, poll) || request.signal?.aborted) {
        return controllerOutcome(200, [{ type: 'usersInRoom', data: usersInRoom(world, conversation, since) }])
      }
      messages.push(...signaling.take(world, sessionId))
      const signature = roomSignature(world, conversation, since)
      const news = messages.length > 0 || signaling.told(world, sessionId) !== signature
      const now = world.clock.now()
      // The clock moved back past the poll's start: its 30 s are over, as far as anyone can tell.
      if (news || now >= deadline || now < startedAt) {
        signaling.tell(world, sessionId, signature)
        const data = [...asMessages(messages), { type: 'usersInRoom', data: usersInRoom(world, conversation, since) }]
        return controllerOutcome(200, data)
      }
      // A running clock reaches the deadline by itself; a still one only when moved (a change). A
      // running clock may play faster than real time (or stand paused): look again every second.
      const timeout = world.clock.mode === 'running' ? Math.min(deadline - now, REAL_TIME_LOOK) : undefined
      await signaling.nextChange(request.signal, timeout)
    }
  } finally {
    signaling.endPoll(started, sessionId, poll)
  }
}

function asMessages(messages: string[]) {
  return messages.map((data) => ({ type: 'message', data }))
}

function gone(status: 404): Outcome {
  return controllerOutcome(status, [{ type: 'usersInRoom', data: [] }])
}
