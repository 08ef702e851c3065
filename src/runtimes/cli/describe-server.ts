import type { ActiveScenario } from '../../mock/talk-mock-types.js'
import type { RequestLogEntry } from '../http-server.js'

/** The control routes every runtime serves below `/__talk-mock/`. */
const CONTROL_ROUTES = [
  'scenarios',
  'scenario',
  'overlays',
  'viewer',
  'world',
  'reset',
  'clock',
  'timeline',
  'journal',
] as const

/**
 * The lines printed once the server listens: base URL, Talk's API root, the active scenario
 * with its conversation, Talk's own UI (with `--talk-app`), and the control routes.
 * @example
 * console.log(describeServer('http://127.0.0.1:4010', mock.scenario).join('\n'))
 */
export function describeServer(url: string, scenario: ActiveScenario, talkApp?: string): string[] {
  const overlays = scenario.overlays.length > 0 ? `, overlays ${scenario.overlays.join(', ')}` : ''
  const viewer = scenario.viewer === null ? 'an anonymous guest' : `user "${scenario.viewer}"`
  return [
    `talk-call-mock listening on ${url}`,
    `  Talk API   ${url}/ocs/v2.php/apps/spreed/api/v4`,
    `  scenario   ${scenario.name} (seed ${scenario.seed}${overlays}): ${scenario.description}`,
    `  story      conversation "${scenario.token}", viewer ${viewer}`,
    talkApp === undefined
      ? `  Talk UI    not served (start with --talk-app <spreed checkout>)`
      : `  Talk UI    ${url}/index.php/call/${scenario.token} (from ${talkApp}; log in at ${url}/index.php/login)`,
    `  control    ${CONTROL_ROUTES.map((route) => `${url}/__talk-mock/${route}`).join('\n             ')}`,
    'Press Ctrl+C to stop.',
  ]
}

/**
 * One line of the request log: method, path, status, milliseconds (and the error of a 500).
 * @example
 * formatLogLine({ method: 'GET', path: '/status.php', status: 404, ms: 1.4 }) // 'GET /status.php 404 1ms'
 */
export function formatLogLine(entry: RequestLogEntry): string {
  const status = entry.status === 0 ? 'dropped' : String(entry.status)
  const line = `${entry.method} ${entry.path} ${status} ${Math.round(entry.ms)}ms`
  return entry.error === undefined ? line : `${line} ${String(entry.error)}`
}
