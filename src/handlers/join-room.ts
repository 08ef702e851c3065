// POST /ocs/v2.php/apps/spreed/api/v4/room/{token}/participants/active (room-join-room)
// 200 the conversation with this client's new session; 403 {"error":"password"};
// 404 conversation not found for the caller; 409 this client's previous session is in a call
// and `force` is false.
import { CONVERSATION_TYPE, LISTABLE, PARTICIPANT_TYPE } from '../constants.js'
import { leaveCall } from '../rules/call-state.js'
import { findCallerSession, findConversation } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { toBool } from '../ocs/cast.js'
import { sha1 } from '../world/sha1.js'
import type { Attendee, Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import type { Caller } from '../rules/caller.js'
import { defineEndpoint } from './define-endpoint.js'
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
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const conversation = await findConversation(world, path.token!)
    if (!conversation) return controllerOutcome(404)
    let attendee = caller.kind === 'user' ? world.findAttendee(conversation.token, 'users', caller.userId) : undefined
    const listable = caller.kind === 'user' && conversation.listable !== LISTABLE.NONE
    if (!attendee && !listable && conversation.type !== CONVERSATION_TYPE.PUBLIC) return controllerOutcome(404)

    const previous = findCallerSession(world, caller, conversation.token)
    if (previous) {
      if (!toBool(params.get('force'), true) && previous.inCall !== 0) {
        return controllerOutcome(409, {
          sessionId: previous.sessionId,
          inCall: previous.inCall,
          lastPing: previous.lastPing,
        })
      }
      await leaveCall(world, conversation, previous)
      if (caller.kind === 'guest') attendee = world.attendees.get(previous.attendeeId)
      world.removeSession(previous)
    }

    const passwordWaived = attendee !== undefined || listable
    if (!passwordWaived && conversation.password !== '' && params.get('password') !== conversation.password) {
      return controllerOutcome(403, { error: 'password' })
    }
    const sessionId = world.newSessionId()
    attendee ??= await addJoiningAttendee(world, conversation, caller, sessionId)
    const session = await world.addSession(attendee, { sessionId, clientId: caller.clientId })
    const current = world.conversations.get(conversation.token)!
    return controllerOutcome(200, describeRoom(world, { conversation: current, attendee, session }))
  },
})

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
