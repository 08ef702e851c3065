// POST /ocs/v2.php/apps/spreed/api/v3/signaling/{token} (signaling-send-messages)
// 200 data null, whatever was relayed: each `message` element whose `sessionId` is the caller's
// session in this conversation goes to its `to` session with `from` added; `control` only from
// owners and moderators; offers and answers only when they publish no media the sender may not.
// Unreachable in the mock: 400 "Internal signaling disabled." (the mock's signaling is internal).
import { PERMISSION } from '../constants.js'
import { defineEndpoint } from './define-endpoint.js'
import { toStr } from '../ocs/cast.js'
import { encodePhpJson } from '../ocs/php-json.js'
import { findCallerSession } from '../rules/find-participant.js'
import { controllerOutcome } from '../rules/outcome.js'
import { effectivePermissions, isOwnerOrModerator } from '../rules/permissions.js'
import type { Session } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { isTryingToPublishMedia } from '../signaling/is-trying-to-publish-media.js'

/**
 * Relays the caller's signaling messages (WebRTC offers, answers, candidates, mute and
 * raise-hand notices) to the sessions they name; their polls wake to deliver them.
 * `Divergence:` Talk delivers a message a second after it was sent at the earliest; the mock at once.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v3/signaling/${token}`, { method: 'POST', headers, body: JSON.stringify({ messages: JSON.stringify([{ ev: 'message', fn: JSON.stringify({ to, type: 'offer', roomType: 'video', payload }), sessionId }]) }) })
 */
export const sendMessages = defineEndpoint({
  operationId: 'signaling-send-messages',
  method: 'POST',
  path: '/signaling/{token}',
  apiVersions: ['v3'],
  followsApiVersions: false,
  async handle({ world, caller, params, path, signaling }) {
    const own = findCallerSession(world, caller, path.token!)
    for (const element of readElements(toStr(params.get('messages'), ''))) {
      if (element.ev !== 'message' || typeof element.fn !== 'string') continue
      if (!own || element.sessionId !== own.sessionId) continue
      const message = readObject(element.fn)
      if (!message || !mayRelay(world, own, message)) continue
      message.from = own.sessionId
      // Divergence: Talk also stores messages for sessions that do not exist or never poll (they expire unread).
      if (typeof message.to === 'string') signaling.post(world, message.to, encodePhpJson(message))
    }
    signaling.changed()
    return controllerOutcome(200, null)
  },
})

/** `control` needs an owner or moderator (not a guest moderator); offers and answers the publishing permissions. */
function mayRelay(world: World, sender: Session, message: Record<string, unknown>): boolean {
  const attendee = world.attendees.get(sender.attendeeId)
  const conversation = attendee && world.conversations.get(attendee.token)
  if (!attendee || !conversation) return false
  if (message.type === 'control') {
    return isOwnerOrModerator(attendee)
  }
  if (message.type !== 'offer' && message.type !== 'answer') return true
  const payload = message.payload as { sdp?: unknown } | undefined
  const sdp = typeof payload?.sdp === 'string' ? payload.sdp : ''
  const permissions = effectivePermissions(world, conversation, attendee)
  const publishes = (media: 'audio' | 'video') => isTryingToPublishMedia(sdp, media)
  if (message.roomType === 'video') {
    if (!(permissions & PERMISSION.PUBLISH_AUDIO) && publishes('audio')) return false
    if (!(permissions & PERMISSION.PUBLISH_VIDEO) && publishes('video')) return false
  }
  if (message.roomType === 'screen' && !(permissions & PERMISSION.PUBLISH_SCREEN)) {
    return !publishes('audio') && !publishes('video')
  }
  return true
}

/**
 * The elements of the `messages` parameter. `Divergence:` text that is not a JSON list of
 * objects relays nothing and still answers 200, where PHP would warn or fail.
 */
function readElements(text: string): Array<Record<string, unknown>> {
  const parsed = readJson(text)
  const list = Array.isArray(parsed) ? parsed : parsed && typeof parsed === 'object' ? Object.values(parsed) : []
  return list.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
}

function readObject(text: string): Record<string, unknown> | undefined {
  const parsed = readJson(text)
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : undefined
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
