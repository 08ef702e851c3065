import { readFileSync } from 'node:fs'
import { controlRoutes } from '../../src/index.js'
import { generatedPage, markdownTable } from './markdown-table.js'

/**
 * The control route reference: every route of `controlRoutes`, with the comment it carries in
 * src/mock/control-routes.ts. Throws for a route without one.
 * @example
 * const page = renderControlRoutes()
 */
export function renderControlRoutes(): string {
  const source = readFileSync(new URL('../../src/mock/control-routes.ts', import.meta.url), 'utf8')
  const comments = new Map<string, string>()
  for (const match of source.matchAll(/\/\*\* (.*?) \*\/\n\s*'([A-Z]+ [a-z-]+)':/g)) comments.set(match[2]!, match[1]!)
  const rows = Object.keys(controlRoutes).map((key) => {
    const comment = comments.get(key)
    if (!comment) throw new Error(`the control route ${key} has no comment in src/mock/control-routes.ts`)
    const [method, name] = key.split(' ')
    return [method!, `\`/__talk-mock/${name!}\``, comment]
  })
  const body = [
    'Served by every runtime under `/__talk-mock/` (any origin, any webroot): plain JSON, no OCS checks.',
    'Bad input answers `400 {"error": "..."}` with the `TalkMockError` message, an unknown route 404, a known',
    'route with another method 405. See [the control routes guide](../guide/control-routes.md).',
    '',
    markdownTable(['Method', 'Route', 'Takes and answers'], rows),
  ].join('\n')
  return generatedPage('Control routes', 'the control routes (src/mock/control-routes.ts)', body)
}
