import { actorKeyOf } from '../world/bindings.js'

/**
 * Who a request acts as: a user of the world, or an anonymous guest known only by its client.
 * @example
 * const caller: Caller = { kind: 'user', userId: 'alice', clientId: 'implicit' }
 */
export type Caller = { kind: 'user'; userId: string; clientId: string } | { kind: 'guest'; clientId: string }

/**
 * The client a request without a client cookie belongs to (one per actor), so that plain
 * `fetch` without a cookie jar keeps its Talk sessions between requests.
 * @example
 * clientId === IMPLICIT_CLIENT
 */
export const IMPLICIT_CLIENT = 'implicit'

/**
 * A key naming the actor behind a caller, for binding sessions to (client, actor, conversation).
 * @example
 * actorKey({ kind: 'guest', clientId: 'c1' }) // 'guest'
 */
export function actorKey(caller: Caller): string {
  return caller.kind === 'user' ? actorKeyOf('users', caller.userId) : actorKeyOf('guests', '')
}
