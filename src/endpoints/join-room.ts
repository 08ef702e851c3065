// POST /ocs/v2.php/apps/spreed/api/{v4,v1}/room/{token}/participants/active (room-join-room)
// 200 the conversation with this client's new session (v1: only {"sessionId"});
// 403 {"error":"password"}; 404 conversation not found for the caller; 409 this client's
// previous session is in a call and `force` is false. v1 failures carry data [].
import { CONVERSATION_TYPE, LISTABLE, PARTICIPANT_TYPE } from '../constants.js'
import { leaveCall } from '../rules/call-state.js'
import { canSeeConversation } from '../rules/can-see-conversation.js'
import { findCallerSession, findConversation } from '../rules/find-participant.js'
import { lastPingOf } from '../rules/liveness.js'
import { controllerOutcome, type Outcome } from '../rules/outcome.js'
import type { Participant } from '../rules/find-participant.js'
import { toBool, toStr } from '../ocs/cast.js'
import { sha1 } from '../world/sha1.js'
import type { Attendee, Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import type { Caller } from '../rules/caller.js'
import { defineEndpoint, type EndpointContext } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'

/**
 * Joins the conversation: opens a Talk session for this client, which the call endpoints need.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/participants/active`, { method: 'POST', headers })
 */
export const joinRoom = defineEndpoint({
  operationId: 'room-join-room',
  method: 'POST',
  path: '/room/{token}/participants/active',
  apiVersions: ['v4', 'v1'],
  async handle(context) {
    const joined = await joinTheRoom(context)
    if ('outcome' in joined) {
      return context.apiVersion === 'v1' ? { status: joined.outcome.status, data: [] } : joined.outcome
    }
    // API v1 answered only the new session's id.
    if (context.apiVersion === 'v1') return controllerOutcome(200, { sessionId: joined.participant.session!.sessionId })
    return controllerOutcome(200, describeRoom(context.world, joined.participant))
  },
})

async function joinTheRoom({
  world,
  caller,
  params,
  path,
  issuedClientId,
}: EndpointContext): Promise<{ outcome: Outcome } | { participant: Participant }> {
  const conversation = await findConversation(world, path.token!)
  if (!conversation) return { outcome: controllerOutcome(404) }
  let attendee = caller.kind === 'user' ? world.findAttendee(conversation.token, 'users', caller.userId) : undefined
  const listable = caller.kind === 'user' && conversation.listable !== LISTABLE.NONE
  if (!canSeeConversation(world, conversation, caller)) return { outcome: controllerOutcome(404) }

  // A guest without a client cookie is a new PHP session on a real server, so a new guest: its
  // session belongs to the cookie this answer hands out (cookie-less follow-ups still find it).
  // A user's cookie-less join stays the implicit client's, so it meets that client's session (409).
  const freshGuest = caller.kind === 'guest' && issuedClientId !== undefined
  const previous = freshGuest ? undefined : findCallerSession(world, caller, conversation.token)
  if (previous) {
    if (!toBool(params.get('force'), true) && previous.inCall !== 0) {
      const data = { sessionId: previous.sessionId, inCall: previous.inCall, lastPing: lastPingOf(world, previous) }
      return { outcome: controllerOutcome(409, data) }
    }
    await leaveCall(world, conversation, previous, { endedBySystem: true })
    if (caller.kind === 'guest') attendee = world.attendees.get(previous.attendeeId)
    world.removeSession(previous)
  }

  const passwordWaived = attendee !== undefined || listable
  if (!passwordWaived && conversation.password !== '' && toStr(params.get('password'), '') !== conversation.password) {
    return { outcome: controllerOutcome(403, { error: 'password' }) }
  }
  const sessionId = world.newSessionId()
  attendee ??= await addJoiningAttendee(world, conversation, caller, sessionId)
  const clientId = freshGuest ? issuedClientId! : caller.clientId
  const session = await world.addSession(attendee, { sessionId, clientId, liveness: 'requests' })
  if (freshGuest) await world.bindClientSession(caller.clientId, session)
  return { participant: { conversation: world.conversations.get(conversation.token)!, attendee, session } }
}

function addJoiningAttendee(
  world: World,
  conversation: Conversation,
  caller: Caller,
  sessionId: string,
): Promise<Attendee> {
  if (caller.kind === 'guest') {
    return world.addAttendee(conversation.token, {
      actorType: 'guests',
      actorId: sha1(sessionId),
      displayName: '',
      participantType: PARTICIPANT_TYPE.GUEST,
    })
  }
  const listed = conversation.listable !== LISTABLE.NONE && conversation.type !== CONVERSATION_TYPE.ONE_TO_ONE
  return world.addAttendee(conversation.token, {
    actorId: caller.userId,
    participantType: listed ? PARTICIPANT_TYPE.USER : PARTICIPANT_TYPE.USER_SELF_JOINED,
  })
}
