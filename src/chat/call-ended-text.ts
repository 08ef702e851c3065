import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { federatedParameter, SYSTEM_ACTOR_ID, userParameter, type RichParameter } from './actor-parameter.js'

/** What Talk stores with `call_ended`, `call_ended_everyone` and `call_missed`. */
export interface CallEndedParameters {
  users: string[]
  cloudIds: string[]
  guests: number
  duration: number
}

/**
 * The text of a call's end as a reader sees it (`SystemMessage::parseCall`): who was in the
 * call (the first four or five, then "n others"), how many guests, and how long it ran; in a
 * one-to-one conversation only the duration. `call_ended_everyone` names who ended it and leaves
 * them out of the list.
 * @example
 * callEndedText(world, room, 'call_ended', { users: ['alice', 'bob'], cloudIds: [], guests: 0, duration: 75 }, params)
 * // { message: 'Call with {user1} and {user2} ended (Duration 1:15)', parameters: { actor, user1, user2 } }
 */
export function callEndedText(
  world: World,
  conversation: Conversation,
  name: string,
  stored: CallEndedParameters,
  parameters: Record<string, RichParameter>,
): { message: string; parameters: Record<string, RichParameter> } {
  const duration = formatDuration(stored.duration)
  if (conversation.type === 1 || conversation.type === 5) {
    return { message: `Call ended (Duration ${duration})`, parameters }
  }
  const actor = parameters.actor!
  const bySystem = actor.type === 'guest' && actor.id === `guest/${SYSTEM_ACTOR_ID}`
  let users = [...stored.users]
  let guests = stored.guests
  if (name === 'call_ended_everyone') {
    if (actor.type === 'user') users = users.filter((user) => user !== actor.id)
    else if (!bySystem) guests--
  }
  users.sort()
  const cloudIds = [...stored.cloudIds].sort()
  const count = users.length + cloudIds.length
  // Five people are named; past that (or five and guests) four, and the fifth place counts the rest.
  const crowded = count > 5 || (count === 5 && guests > 0)
  const shown = crowded ? 4 : count
  const names = Array.from({ length: shown }, (_, index) => `{user${index + 1}}`)
  if (crowded) names.push(plural(guests + count - shown, 'other'))
  else if (guests > 0) names.push(plural(guests, 'guest'))
  const subject = sentence(name, names)
  const result = { ...parameters }
  for (let index = 0; index < shown; index++) {
    result[`user${index + 1}`] =
      index < users.length
        ? userParameter(world, users[index]!)
        : federatedParameter(world, conversation, cloudIds[index - users.length]!)
  }
  return { message: subject.replace('{duration}', duration), parameters: result }
}

/** The subject naming who was in the call (placeholders, then "n guests" or "n others"). */
function sentence(name: string, names: string[]): string {
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
  if (name === 'call_ended')
    return names.length === 0 ? 'Call ended (Duration {duration})' : `Call with ${list} ended (Duration {duration})`
  return names.length === 0
    ? '{actor} ended the call (Duration {duration})'
    : `{actor} ended the call with ${list} (Duration {duration})`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * A call's duration as Talk writes it: `M:SS`, or `H:MM:SS` from an hour on.
 * @example
 * formatDuration(3725) // '1:02:05'
 */
export function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
