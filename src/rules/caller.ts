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
 * The header in which the newest Talk web client names its browser tab (64 base62 characters,
 * kept in sessionStorage, so a reload keeps it): Talk binds a session to (PHP session, tab).
 * @example
 * headers: { [TAB_HEADER]: tabId }
 */
export const TAB_HEADER = 'x-nextcloud-talk-session-tab-id'

/** The cookie that names a client, as the PHP session cookie does for Talk. @example `${CLIENT_COOKIE}=c1` */
export const CLIENT_COOKIE = 'talk_mock_client'

/**
 * The client id of one tab of a client: sessions are bound to (client, tab, actor,
 * conversation), and a request without the tab header is the client's only tab.
 * @example
 * withTab('client-3', 'a1B2') // 'client-3#tab:a1B2'
 */
export function withTab(clientId: string, tab: string | null | undefined): string {
  return tab ? `${clientId}#tab:${tab}` : clientId
}

/**
 * The client a tab belongs to.
 * @example
 * clientOf('client-3#tab:a1B2') // 'client-3'
 */
export function clientOf(clientId: string): string {
  const at = clientId.indexOf('#tab:')
  return at === -1 ? clientId : clientId.slice(0, at)
}

/**
 * The tab a client id names, if any.
 * @example
 * tabOf('client-3#tab:a1B2') // 'a1B2'
 */
export function tabOf(clientId: string): string | undefined {
  const at = clientId.indexOf('#tab:')
  return at === -1 ? undefined : clientId.slice(at + 5)
}

/**
 * A key naming the actor behind a caller, for binding sessions to (client, actor, conversation).
 * @example
 * actorKey({ kind: 'guest', clientId: 'c1' }) // 'guest'
 */
export function actorKey(caller: Caller): string {
  return caller.kind === 'user' ? actorKeyOf('users', caller.userId) : actorKeyOf('guests', '')
}
