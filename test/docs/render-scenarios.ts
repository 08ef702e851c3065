import type { SetupServer } from 'msw/node'
import { createTalkMock, overlays, scenarios } from '../../src/index.js'
import { probeScenario } from '../support/probe-scenario.js'
import { generatedPage, markdownTable } from './markdown-table.js'

/**
 * The scenario reference: the registry's catalogue with each scenario's signature, the statuses
 * a client meets in it, probed through the mock on `server`.
 * @example
 * const page = await renderScenarios(server)
 */
export async function renderScenarios(server: SetupServer): Promise<string> {
  const rows: string[][] = []
  for (const scenario of scenarios) {
    const probe = await probeScenario(server, scenario.name)
    const mock = createTalkMock({ scenario: scenario.name })
    await mock.ready
    const events = mock.timeline.view().events.length
    const story = [scenario.description, events > 0 && `Timeline: ${events} events.`].filter(Boolean).join(' ')
    const statuses = [probe.get, probe.joinUnjoined, probe.joinRoom, probe.join, probe.update, probe.leave]
    rows.push([`\`${scenario.name}\``, `\`${probe.token}\``, story, ...statuses.map(String)])
  }
  const head = ['Scenario', 'Token', 'What it reproduces', 'GET', 'POST unjoined', 'Join room', 'POST', 'PUT', 'DELETE']
  const overlayRows = overlays.map((overlay) => [`\`${overlay.name}\``, overlay.description])
  const body = [
    'Each scenario of the catalogue (`scenarios`, in the order the playground lists them), the token its story is',
    'under (with the `token` option, the app’s own instead), and the HTTP status its viewer gets: GET and POST',
    '`/call/{token}` before joining the conversation, joining it (`POST /room/{token}/participants/active`), then',
    'POST, PUT (`flags: 3`) and DELETE `/call/{token}`, on a still clock at seed 1.',
    '',
    markdownTable(head, rows),
    '',
    '## Overlays',
    '',
    'Laid over any scenario (`overlays` option, `?talk-overlays=`, `--overlays`, `PUT /__talk-mock/overlays`):',
    '',
    markdownTable(['Overlay', 'What it does'], overlayRows),
  ].join('\n')
  return generatedPage('Scenarios', 'the scenario registry (scenarios/index.ts), probed through the mock', body)
}
