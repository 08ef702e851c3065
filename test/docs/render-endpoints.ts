import { readFileSync } from 'node:fs'
import { endpoints } from '../../src/endpoints/endpoints.js'
import { escapeOutsideCode, generatedPage, markdownTable } from './markdown-table.js'
import { readEndpointHeaders } from './read-headers.js'

const API_OF: Record<string, string> = {
  v4: 'The call API',
  v3: 'Signaling (always `/api/v3`)',
  v1: 'Recording, chat and avatars (always `/api/v1`)',
}

/** Routes outside Talk's API, each file opening with the routes it answers and their outcomes. */
const PAGE_ROUTES: [string, string[]][] = [
  [
    "Nextcloud's routes (`nextcloudRoutes`, and always in the standalone server)",
    ['src/nextcloud/answer-nextcloud-request.ts'],
  ],
  [
    "Talk's pages and the login (the standalone server)",
    [
      'src/talk-app/answer-talk-page-request.ts',
      'src/login/answer-login-request.ts',
      'src/theme/theme-route.ts',
      'src/avatars/answer-avatar-request.ts',
    ],
  ],
]

/** A file's opening comment as Markdown: its route lines become a list, with their continuations. */
function describeHeader(file: string): string {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
  const lines = text.split('\n')
  const comment = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith('//')),
  )
  if (comment.length === 0) throw new Error(`${file} opens with no header`)
  return comment
    .map((line) => escapeOutsideCode(line.replace(/^\/\/ ?/, '')))
    .map((line) => (/^(GET|POST|PUT|DELETE|HEAD|`)/.test(line) ? `- ${line}` : line.replace(/^\s+/, '  ')))
    .join('\n')
}

/**
 * The endpoint reference: every endpoint the mock serves, grouped by API, with the outcomes its
 * file's header lists. Throws when an endpoint's file has no header.
 * @example
 * writeFileSync('docs/reference/endpoints.md', renderEndpoints())
 */
export function renderEndpoints(): string {
  const headers = readEndpointHeaders(['src/endpoints', 'src/signaling'])
  const groups = new Map<string, string[][]>()
  for (const endpoint of endpoints) {
    const header = headers.find((found) => found.operationId === endpoint.operationId)
    if (!header) throw new Error(`no file opens with the header of ${endpoint.operationId}`)
    const api = API_OF[endpoint.apiVersions[0]!] ?? endpoint.apiVersions[0]!
    const notes = [
      endpoint.apiVersions.length > 1 && `also ${endpoint.apiVersions.slice(1).join(', ')}`,
      endpoint.publicPage === false && 'users only: guests get 401',
      endpoint.csrf === false && 'no CSRF check',
    ].filter(Boolean)
    const path = `\`${endpoint.path}\`${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`
    const row = [endpoint.method, path, header.outcomes, `\`${header.file}\``]
    groups.set(api, [...(groups.get(api) ?? []), row])
  }
  const sections = [...groups].map(
    ([api, rows]) =>
      `## ${api}\n\n${markdownTable(['Method', 'Path (below `/ocs/v2.php/apps/spreed/api/{version}`)', 'Outcomes', 'File'], rows)}`,
  )
  for (const [title, files] of PAGE_ROUTES) sections.push(`## ${title}\n\n${files.map(describeHeader).join('\n\n')}`)
  const intro =
    'Every route of Talk the mock serves, with the outcomes its file lists in the header it opens with. ' +
    'What holds across them (formats, API versions, CSRF, federation) is in [Talk’s API as served](../guide/talk-api.md).'
  return generatedPage(
    'Endpoints',
    'the endpoint list (src/endpoints/endpoints.ts) and each file’s header',
    `${intro}\n\n${sections.join('\n\n')}`,
  )
}
