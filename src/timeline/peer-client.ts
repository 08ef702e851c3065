import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { Journal } from '../journal/journal.js'
import type { SimulatedPeers } from '../signaling/simulated-peers.js'
import type { World } from '../world/world.js'
import { CLIENT_COOKIE } from '../rules/caller.js'

/** A guest the timeline let in is named `guest:<name>` in later events. */
const GUEST_PREFIX = 'guest:'

/**
 * What an event needs to act as a client: the world, a door to the same dispatcher the
 * handlers use (without waiting for the timeline, which is running it), the journal and the
 * call API version to speak.
 * @example
 * const context: EventContext = { world, dispatch, journal, apiVersion: 'v4', peers }
 */
export interface EventContext {
  world: World
  /** Answers one request as the mock's handlers would; `viewer` stands in for the world's viewer. */
  dispatch(request: PlainRequest, viewer?: string | null): Promise<PlainAnswer | undefined>
  /** Where the event's requests are journaled (nowhere once its world was replaced). */
  journal: Pick<Journal, 'record'>
  apiVersion: 'v4' | 'v1'
  /** The simulated peers' media state and signaling (mute, speak, screen share, failing). */
  peers: SimulatedPeers
}

/**
 * Who makes a request: a user (Basic auth) or a guest (no credentials, acting as no viewer),
 * through one client (the cookie that binds its sessions).
 * @example
 * const peer: PeerClient = { user: 'peer2', client: 'peer-2' }
 */
export interface PeerClient {
  user?: string
  client: string
}

/**
 * One request an event made: its status and, when it answered OCS JSON, the data.
 * @example
 * const answer: PeerAnswer = { status: 200, data: null }
 */
export interface PeerAnswer {
  status: number
  data: unknown
}

/**
 * Sends one request as a peer through the dispatcher and journals it as a `timeline` entry.
 * `path` is below `/apps/spreed/api/{version}` (signaling and the others are not for peers).
 * @example
 * const { status } = await sendAsPeer(context, { user: 'peer2', client: 'peer-2' }, 'PUT', '/call/groupcall', { flags: 3 })
 */
export async function sendAsPeer(
  context: EventContext,
  peer: PeerClient,
  method: string,
  path: string,
  body?: Record<string, unknown>,
): Promise<PeerAnswer> {
  const headers: Record<string, string> = { 'ocs-apirequest': 'true', accept: 'application/json' }
  if (peer.user !== undefined) headers.authorization = `Basic ${basicCredentials(peer.user)}`
  const text = body === undefined ? '' : JSON.stringify(body)
  if (body !== undefined) headers['content-type'] = 'application/json'
  const url = new URL(`https://timeline.talk-mock.invalid/ocs/v2.php/apps/spreed/api/${context.apiVersion}${path}`)
  const request: PlainRequest = { method, url, headers, body: text, cookies: { [CLIENT_COOKIE]: peer.client } }
  const time = context.world.clock.now()
  const started = performance.now()
  const viewer = peer.user === undefined ? null : undefined
  const answer = await context.dispatch(request, viewer)
  const durationMs = performance.now() - started
  const entry = { time, method, path: url.pathname, requestBody: text, durationMs, kind: 'timeline' as const }
  context.journal.record(entry, answer)
  return { status: answer?.status ?? 0, data: ocsData(answer?.body ?? '') }
}

/**
 * The client an actor acts through in a conversation: a timeline guest's own; a user's newest
 * session's (a scenario's peer keeps its client); else `fresh`, a client of its own.
 * @example
 * const peer = clientOf(world, 'groupcall', 'peer2', 'timeline-3')
 */
export function clientOf(world: World, token: string, actor: string, fresh: string): PeerClient {
  if (actor.startsWith(GUEST_PREFIX)) return { client: guestClient(actor.slice(GUEST_PREFIX.length)) }
  const session = newestSession(world, token, actor)
  return { user: actor, client: session?.clientId ?? fresh }
}

/**
 * The client of a guest the timeline lets in by name.
 * @example
 * guestClient('visitor') // 'timeline-guest-visitor'
 */
export function guestClient(name: string): string {
  return `timeline-guest-${name}`
}

/**
 * An actor's attendee in a conversation: a user by id, a timeline guest by its client's session.
 * @example
 * const attendee = attendeeOf(world, 'groupcall', 'guest:visitor')
 */
export function attendeeOf(world: World, token: string, actor: string) {
  if (!actor.startsWith(GUEST_PREFIX)) return world.findAttendee(token, 'users', actor)
  const session = world.findClientSession(guestClient(actor.slice(GUEST_PREFIX.length)), 'guest', token)
  return session && world.attendees.get(session.attendeeId)
}

/**
 * The newest session an actor holds in a conversation.
 * @example
 * const session = newestSession(world, 'groupcall', 'peer4')
 */
export function newestSession(world: World, token: string, actor: string) {
  const attendee = attendeeOf(world, token, actor)
  return attendee && world.sessions.inGroup(attendee.id).at(-1)
}

/** `user:password` in base64 over UTF-8, as browsers send Basic credentials (`btoa` alone takes Latin-1 only). */
function basicCredentials(user: string): string {
  const bytes = new TextEncoder().encode(`${user}:timeline`)
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
}

function ocsData(text: string): unknown {
  try {
    return (JSON.parse(text) as { ocs?: { data?: unknown } }).ocs?.data
  } catch {
    return undefined
  }
}
