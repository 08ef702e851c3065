import type { RequestLogEntry } from '../http-server.js'

/** The control routes every runtime serves below `/__talk-mock/`. */
const CONTROL_ROUTES = ['scenario', 'reset', 'clock', 'journal', 'world'] as const

/**
 * The lines printed once the server listens: base URL, Talk's API root, world and control routes.
 * @example
 * console.log(describeServer('http://127.0.0.1:4010', { seed: 1 }).join('\n'))
 */
export function describeServer(url: string, options: { scenario?: string; seed?: number }): string[] {
  return [
    `talk-call-mock listening on ${url}`,
    `  Talk API   ${url}/ocs/v2.php/apps/spreed/api/v4`,
    `  world      ${options.scenario ?? 'empty'} (seed ${options.seed ?? 1})`,
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
