/**
 * Every route the mock serves, as the fuzz suite knows them. A route added to the mock is added
 * here too (route-table.test.ts fails until it is): the fuzzer only reaches what this table names.
 */

/** A Talk route: method, path below `/apps/spreed/api/{version}`, the versions that route it, the parameters it reads. */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  apiVersions: readonly string[]
  params: readonly string[]
  /** Answers CSV instead of OCS on success and on its 400s. */
  csv?: boolean
  /**
   * A long poll (signaling, the chat): the fuzzer moves the clock past its timeout while it waits, so a
   * poll never hangs the suite.
   */
  longPoll?: boolean
}

export const talkRoutes: readonly FuzzRoute[] = [
  { method: 'GET', path: '/call/{token}', apiVersions: ['v4', 'v1'], params: [] },
  { method: 'POST', path: '/call/{token}', apiVersions: ['v4', 'v1'], params: ['flags', 'silent', 'recordingConsent'] },
  { method: 'PUT', path: '/call/{token}', apiVersions: ['v4'], params: ['flags'] },
  { method: 'DELETE', path: '/call/{token}', apiVersions: ['v4', 'v1'], params: ['all'] },
  { method: 'POST', path: '/call/{token}/ring/{attendeeId}', apiVersions: ['v4'], params: [] },
  { method: 'POST', path: '/call/{token}/dialout/{attendeeId}', apiVersions: ['v4'], params: [] },
  { method: 'GET', path: '/call/{token}/notification-state', apiVersions: ['v4'], params: [] },
  { method: 'GET', path: '/call/{token}/download', apiVersions: ['v4'], params: ['format'], csv: true },
  {
    method: 'POST',
    path: '/room/{token}/participants/active',
    apiVersions: ['v4', 'v1'],
    params: ['password', 'force'],
  },
  { method: 'DELETE', path: '/room/{token}/participants/active', apiVersions: ['v4', 'v1'], params: [] },
  { method: 'GET', path: '/room', apiVersions: ['v4'], params: ['includeStatus', 'modifiedSince'] },
  { method: 'GET', path: '/room/{token}', apiVersions: ['v4'], params: [] },
  { method: 'GET', path: '/room/{token}/participants', apiVersions: ['v4'], params: ['includeStatus'] },
  { method: 'PUT', path: '/room/{token}/read-only', apiVersions: ['v4'], params: ['state'] },
  { method: 'PUT', path: '/room/{token}/webinar/lobby', apiVersions: ['v4'], params: ['state', 'timer'] },
  { method: 'PUT', path: '/room/{token}/webinar/sip', apiVersions: ['v4'], params: ['state'] },
  { method: 'POST', path: '/room/{token}/moderators', apiVersions: ['v4'], params: ['attendeeId'] },
  { method: 'DELETE', path: '/room/{token}/moderators', apiVersions: ['v4'], params: ['attendeeId'] },
  { method: 'PUT', path: '/room/{token}/permissions/{mode}', apiVersions: ['v4'], params: ['permissions', 'method'] },
  { method: 'PUT', path: '/room/{token}/participants/state', apiVersions: ['v4'], params: ['state'] },
  { method: 'PUT', path: '/room/{token}/recording-consent', apiVersions: ['v4'], params: ['recordingConsent'] },
  { method: 'POST', path: '/recording/{token}', apiVersions: ['v1'], params: ['status'] },
  { method: 'DELETE', path: '/recording/{token}', apiVersions: ['v1'], params: [] },
  { method: 'GET', path: '/room/{token}/avatar', apiVersions: ['v1'], params: [] },
  { method: 'GET', path: '/room/{token}/avatar/dark', apiVersions: ['v1'], params: [] },
  { method: 'GET', path: '/proxy/{token}/user-avatar/{size}', apiVersions: ['v1'], params: ['cloudId'] },
  { method: 'GET', path: '/proxy/{token}/user-avatar/{size}/dark', apiVersions: ['v1'], params: ['cloudId'] },
  { method: 'GET', path: '/signaling/settings', apiVersions: ['v3'], params: ['token'] },
  { method: 'GET', path: '/signaling/{token}', apiVersions: ['v3'], params: [], longPoll: true },
  { method: 'POST', path: '/signaling/{token}', apiVersions: ['v3'], params: ['messages'] },
  { method: 'GET', path: '/chat/{token}', apiVersions: ['v1'], params: [], longPoll: true },
  {
    method: 'POST',
    path: '/chat/{token}',
    apiVersions: ['v1'],
    params: ['message', 'actorDisplayName', 'referenceId', 'replyTo', 'silent'],
  },
  { method: 'GET', path: '/chat/{token}/{messageId}/context', apiVersions: ['v1'], params: [] },
  { method: 'GET', path: '/chat/{token}/share/overview', apiVersions: ['v1'], params: [] },
]

/** The control routes under `/__talk-mock/`, as `METHOD name`. */
export const controlRouteKeys: readonly string[] = [
  'GET scenarios',
  'GET scenario',
  'POST scenario',
  'PUT overlays',
  'PUT viewer',
  'GET world',
  'PUT world',
  'POST reset',
  'GET clock',
  'POST clock',
  'GET timeline',
  'POST timeline',
  'GET journal',
  'DELETE journal',
]

/** A route of Nextcloud's web side (pages, login, files) beside the APIs: method and path, `{token}` a conversation's. */
export interface WebRoute {
  method: 'GET' | 'POST'
  path: string
}

/** The web routes the mock serves (`WEB_ROUTES`); with no `--talk-app`, Talk's pages answer one line. */
export const webRoutes: readonly WebRoute[] = [
  { method: 'GET', path: '/index.php/apps/spreed' },
  { method: 'GET', path: '/index.php/apps/spreed/' },
  { method: 'GET', path: '/index.php/apps/spreed/not-found' },
  { method: 'GET', path: '/index.php/apps/spreed/duplicate-session' },
  { method: 'GET', path: '/index.php/call/{token}' },
  { method: 'GET', path: '/index.php/login' },
  { method: 'POST', path: '/index.php/login' },
  { method: 'GET', path: '/index.php/logout' },
  { method: 'GET', path: '/index.php/apps/theming/theme/default.css' },
  { method: 'GET', path: '/index.php/avatar/alice/64' },
  { method: 'GET', path: '/index.php/avatar/alice/512/dark' },
  { method: 'GET', path: '/index.php/avatar/guest/Guest%20One/64' },
  { method: 'GET', path: '/index.php/avatar/guest/Guest%20One/64/dark' },
]
