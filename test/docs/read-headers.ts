import { readdirSync, readFileSync } from 'node:fs'

/**
 * What an endpoint file says about itself: the route line it opens with and the outcomes that
 * follow, as one paragraph.
 * @example
 * const header: EndpointHeader = { file: 'src/endpoints/join-call.ts', operationId: 'call-join-call', route: 'POST /ocs/...', outcomes: '200 joined ...' }
 */
export interface EndpointHeader {
  file: string
  operationId: string
  route: string
  outcomes: string
}

const ROUTE_LINE = /^\/\/ (GET|POST|PUT|DELETE) \S+/

/**
 * Reads the header of every file under `folders` (relative to the repository) that defines an
 * endpoint: the comment lines it opens with, and the `operationId` it declares.
 * @example
 * readEndpointHeaders(['src/endpoints', 'src/signaling'])
 */
export function readEndpointHeaders(folders: readonly string[]): EndpointHeader[] {
  const root = new URL('../../', import.meta.url)
  return folders.flatMap((folder) =>
    readdirSync(new URL(folder, root))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => `${folder}/${name}`)
      .flatMap((file) => {
        const text = readFileSync(new URL(file, root), 'utf8')
        // A file may declare a route's variants (e.g. its `/dark` twin): each gets the file's header.
        const operationIds = [...text.matchAll(/operationId: '([^']+)'/g)].map((match) => match[1]!)
        const lines = text.split('\n')
        if (operationIds.length === 0 || !ROUTE_LINE.test(lines[0] ?? '')) return []
        const comment = lines.slice(
          0,
          lines.findIndex((line) => !line.startsWith('//')),
        )
        const [route = '', ...rest] = comment.map((line) => line.replace(/^\/\/ ?/, ''))
        const outcomes = rest.join(' ').replace(/\s+/g, ' ').trim()
        return operationIds.map((operationId) => ({ file, operationId, route, outcomes }))
      }),
  )
}
