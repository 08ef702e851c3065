import { TalkMockError } from '../errors.js'
import type { Attendee } from './schemas.js'

/**
 * The lookup key of an actor in a conversation; tokens and actor types hold no line breaks, so
 * it is unambiguous.
 * @example
 * actorLookup('abc123', 'users', 'alice')
 */
export function actorLookup(token: string, actorType: string, actorId: string): string {
  return `${token}\n${actorType}\n${actorId}`
}

/**
 * Builders take objects; anything else is a misuse worth a clear message, not a TypeError.
 * @example
 * requireObject(input, 'add a user', "{ id: 'alice' }")
 */
export function requireObject(value: unknown, action: string, example: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TalkMockError(
      action,
      `${value === null ? 'null' : typeof value} is not an object`,
      `Pass e.g. ${example}.`,
    )
  }
}

/**
 * The key of a session binding (client, actor, conversation): users are bound by id, every
 * other actor is a guest known only by its client.
 * @example
 * bindingKey('implicit', 'users/alice', 'abc123')
 */
export function bindingKey(clientId: string, actor: string, token: string): string {
  return `${clientId}\n${actor}\n${token}`
}

/**
 * The binding of a session held by `attendee` through a client.
 * @example
 * attendeeBinding('peer-1', attendee)
 */
export function attendeeBinding(clientId: string, attendee: Attendee): string {
  return bindingKey(clientId, actorKeyOf(attendee.actorType, attendee.actorId), attendee.token)
}

/**
 * The actor a session binding names: users by id, every other actor a guest known only by its
 * client (the PHP session of a real server).
 * @example
 * actorKeyOf('users', 'alice') // 'users/alice'
 */
export function actorKeyOf(actorType: string, actorId: string): string {
  return actorType === 'users' ? `users/${actorId}` : 'guest'
}
