import { TalkMockError } from '../errors.js'
import { conversationSchema } from './schemas.js'
import { SIP_INCOMPATIBLE } from './token-rules.js'
import { copyRows, type WorldImage } from './world-image.js'

/**
 * The image with one conversation's token changed everywhere the world holds it: the
 * conversation row, its attendees (and so their sessions), its clients' session bindings, the
 * parent token of its breakout rooms, and the timeline's events that name it. Everything else
 * (lobby, recording, SIP dial-in, calls) is a field of those rows, so it moves along. A `from` that names no
 * conversation changes nothing (a story about a missing conversation stays missing under `to`).
 * Throws a `TalkMockError` for a token Talk's routes refuse (`[a-z0-9]{4,30}`), one another
 * conversation of the world has, and a non-numeric token for a conversation with SIP dial-in on
 * (Talk enables dial-in only for tokens of digits, and a token never changes).
 * @example
 * const mine = renameToken(image, 'webinar', 'abc123', 'use scenario "lobby-active"')
 */
export function renameToken(image: WorldImage, from: string, to: string, action: string): WorldImage {
  checkToken(to, action)
  if (from === to) return image
  const taken = image.conversations.some((conversation) => conversation.token === to)
  if (taken) {
    throw new TalkMockError(
      action,
      `token "${to}" is another conversation's in this scenario`,
      `Pick another token (the scenario's story conversation is "${from}").`,
    )
  }
  const story = image.conversations.find((conversation) => conversation.token === from)
  if (!story) return image
  if (story.sipEnabled !== 0 && SIP_INCOMPATIBLE.test(to)) {
    throw new TalkMockError(
      action,
      `SIP dial-in is on in its conversation and token "${to}" is not digits only (a phone dials the token; Talk enables dial-in only for numeric tokens)`,
      'Pick a token of 4 to 30 digits, e.g. "20260101".',
    )
  }
  const conversations = image.conversations.map((conversation) => {
    if (conversation.token === from) return { ...conversation, token: to }
    // A breakout room names its parent conversation by token (`objectType` room).
    if (conversation.objectType === 'room' && conversation.objectId === from) return { ...conversation, objectId: to }
    return conversation
  })
  const attendees = image.attendees.map((attendee) => (attendee.token === from ? { ...attendee, token: to } : attendee))
  const clientSessions = image.clientSessions.map((binding) =>
    binding.token === from ? { ...binding, token: to } : binding,
  )
  const messages = image.messages.map((message) => (message.token === from ? { ...message, token: to } : message))
  // An event that names the story conversation acts on it under its new token.
  const events = image.timeline.events.map((event) => (event.token === from ? { ...event, token: to } : event))
  const timeline = { ...image.timeline, events }
  return Object.freeze({
    ...image,
    conversations: copyRows(conversations),
    attendees: copyRows(attendees),
    clientSessions: copyRows(clientSessions),
    messages: copyRows(messages),
    timeline,
  })
}

/**
 * Checks a token against Talk's route requirement (`[a-z0-9]{4,30}`): any other token can never
 * reach a conversation, so naming one is a mistake.
 * @example
 * checkToken('abc123', 'create the mock') // passes
 */
export function checkToken(token: unknown, action: string): asserts token is string {
  if (typeof token === 'string' && conversationSchema.shape.token.safeParse(token).success) return
  const what = typeof token === 'string' ? `"${token}"` : String(token)
  throw new TalkMockError(
    action,
    `token ${what} is not a Talk token (Talk's routes take 4 to 30 characters of a-z and 0-9)`,
    'Pass a token such as "abc123".',
  )
}
