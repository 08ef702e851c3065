import { CALL_FLAG, DEFAULT_JOIN_FLAGS, PARTICIPANT_TYPE } from '../constants.js'
import { lastPingOf } from '../rules/liveness.js'
import type { World } from '../world/world.js'
import {
  attendeeOf,
  clientOf,
  guestClient,
  newestSession,
  sendAsPeer,
  type EventContext,
  type PeerAnswer,
  type PeerClient,
} from './peer-client.js'
import { runMediaEvent } from './run-media-event.js'
import type { TimelineEvent } from './timeline-schema.js'

/**
 * How an event went: `ok` when each request it made succeeded; the status of the last one.
 * @example
 * const result: EventResult = { ok: false, status: 403 }
 */
export interface EventResult {
  ok: boolean
  status: number
}

const MODERATOR_TYPES: readonly number[] = [PARTICIPANT_TYPE.OWNER, PARTICIPANT_TYPE.MODERATOR]

/**
 * Runs one event as its peer's or moderator's own client: the requests a real client would send
 * (a join is `POST /room/{token}/participants/active`, then `POST /call/{token}`), through the
 * dispatcher, so the rules decide and may refuse. The first refused request ends the event.
 * `index` names the fresh clients it opens (deterministic, never an issued cookie's).
 * @example
 * const result = await runEvent(context, { at: 15_000, kind: 'join', actor: 'peer2', flags: 3 }, 0)
 */
export async function runEvent(context: EventContext, event: TimelineEvent, index: number): Promise<EventResult> {
  const { world } = context
  const token = event.token ?? world.conversations.all()[0]?.token ?? ''
  const fresh = `timeline-${index + 1}`
  const send = (peer: PeerClient, method: string, path: string, body?: Record<string, unknown>) =>
    sendAsPeer(context, peer, method, path.replace('{token}', token), body)
  switch (event.kind) {
    case 'join':
      return joinAndCall(context, clientOf(world, token, event.actor, fresh), token, event.flags)
    case 'guest-join':
      return joinAndCall(context, { client: guestClient(event.guest) }, token, event.flags)
    case 'return': {
      // A new client (a guest keeps its cookie): the old session is left as it was, dropped out by now.
      const guest = event.actor.startsWith('guest:')
      const peer = guest ? clientOf(world, token, event.actor, fresh) : { user: event.actor, client: fresh }
      return joinAndCall(context, peer, token, event.flags)
    }
    case 'flags':
      return resultOf(
        await send(clientOf(world, token, event.actor, fresh), 'PUT', '/call/{token}', { flags: event.flags }),
      )
    case 'leave-call':
      return resultOf(await send(clientOf(world, token, event.actor, fresh), 'DELETE', '/call/{token}'))
    case 'leave':
      return resultOf(
        await send(clientOf(world, token, event.actor, fresh), 'DELETE', '/room/{token}/participants/active'),
      )
    case 'silent':
      return goSilent(context, token, event.actor)
    case 'mute':
    case 'unmute':
    case 'speak':
    case 'screen-share':
    case 'connection-fails':
      return runMediaEvent(context, event, token)
    case 'end-call':
      return endCall(context, moderatorOf(world, token, event.by, fresh), token)
    case 'read-only':
      return resultOf(
        await send(moderatorOf(world, token, event.by, fresh), 'PUT', '/room/{token}/read-only', {
          state: event.state,
        }),
      )
    case 'lobby': {
      const timer = event.liftsAfter === undefined ? {} : { timer: world.clock.seconds() + event.liftsAfter }
      const body = { state: event.state, ...timer }
      return resultOf(
        await send(moderatorOf(world, token, event.by, fresh), 'PUT', '/room/{token}/webinar/lobby', body),
      )
    }
    case 'promote':
    case 'demote': {
      // An actor who is no attendee gets the answer Talk gives an unknown attendee id.
      const attendeeId = attendeeOf(world, token, event.actor)?.id ?? 0
      const method = event.kind === 'promote' ? 'POST' : 'DELETE'
      return resultOf(
        await send(moderatorOf(world, token, event.by, fresh), method, '/room/{token}/moderators', { attendeeId }),
      )
    }
    case 'permissions':
      return resultOf(
        await send(moderatorOf(world, token, event.by, fresh), 'PUT', '/room/{token}/permissions/default', {
          permissions: event.permissions,
        }),
      )
  }
}

/** Joins the conversation, then (unless `flags` is 0) the call; the new session is a simulated peer's. */
async function joinAndCall(
  context: EventContext,
  peer: PeerClient,
  token: string,
  flags: number | undefined,
): Promise<EventResult> {
  const joined = await sendAsPeer(context, peer, 'POST', `/room/${token}/participants/active`)
  if (!isOk(joined)) return resultOf(joined)
  await keepAlive(context.world, peer, token)
  if (flags === CALL_FLAG.DISCONNECTED) return resultOf(joined)
  return resultOf(await sendAsPeer(context, peer, 'POST', `/call/${token}`, { flags: flags ?? DEFAULT_JOIN_FLAGS }))
}

/**
 * A peer's client stays connected to signaling, so the world pings for its session (`peer`
 * liveness) instead of waiting for requests: not a rule, the simulation of the peer's socket.
 */
async function keepAlive(world: World, peer: PeerClient, token: string): Promise<void> {
  const session = world.findClientSession(peer.client, peer.user === undefined ? 'guest' : `users/${peer.user}`, token)
  if (session) await world.sessions.update(session, (draft) => void (draft.liveness = 'peer'))
}

/** The peer's client stops pinging now: Talk drops its session from the call 30 s later. */
async function goSilent(context: EventContext, token: string, actor: string): Promise<EventResult> {
  const { world } = context
  const session = newestSession(world, token, actor)
  const status = session ? 200 : 404
  const description = `/timeline/${token}/silent/${actor}`
  context.journal.record(
    { time: world.clock.now(), method: 'PEER', path: description, requestBody: '', durationMs: 0, kind: 'timeline' },
    { status, headers: {}, body: null },
  )
  if (!session) return { ok: false, status }
  const lastPing = lastPingOf(world, session)
  await world.sessions.update(session, (draft) => {
    draft.liveness = 'silent'
    draft.lastPing = lastPing
  })
  return { ok: true, status }
}

/** Ending the call needs a session: a moderator without one opens the conversation for it, then leaves. */
async function endCall(context: EventContext, moderator: PeerClient, token: string): Promise<EventResult> {
  const visiting = moderator.user !== undefined && !newestSession(context.world, token, moderator.user)
  if (visiting) {
    const joined = await sendAsPeer(context, moderator, 'POST', `/room/${token}/participants/active`)
    if (!isOk(joined)) return resultOf(joined)
  }
  const ended = await sendAsPeer(context, moderator, 'DELETE', `/call/${token}`, { all: true })
  if (visiting) await sendAsPeer(context, moderator, 'DELETE', `/room/${token}/participants/active`)
  return resultOf(ended)
}

/** Who acts for a moderator's event: `by`, else the conversation's first owner or moderator user. */
function moderatorOf(world: World, token: string, by: string | undefined, fresh: string): PeerClient {
  const first = world.attendees
    .inGroup(token)
    .find((attendee) => attendee.actorType === 'users' && MODERATOR_TYPES.includes(attendee.participantType))
  // Nobody to act: a user id no world holds, so the dispatcher answers as Nextcloud does (401).
  return clientOf(world, token, by ?? first?.actorId ?? 'timeline-nobody', fresh)
}

function isOk(answer: PeerAnswer): boolean {
  return answer.status >= 200 && answer.status < 300
}

function resultOf(answer: PeerAnswer): EventResult {
  return { ok: isOk(answer), status: answer.status }
}
