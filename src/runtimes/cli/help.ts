import { scenarios } from '../../../scenarios/index.js'
import type { Scenario } from '../../mock/define-scenario.js'

/** How wide the help is: a terminal's 100 columns. */
const WIDTH = 100

/**
 * One line per scenario: its name, then its description cut at a word to fit the width (the full
 * one is at `GET /__talk-mock/scenarios`).
 * @example
 * listScenarios(scenarios)[0] // '  default                   A group call in progress with 4 peers (mixed flags; the last one…'
 */
export function listScenarios(catalogue: readonly Scenario[]): string[] {
  const column = Math.max(...catalogue.map((scenario) => scenario.name.length)) + 2
  return catalogue.map(({ name, description }) => {
    const line = `  ${name.padEnd(column)}${description}`
    if (line.length <= WIDTH) return line
    const cut = line.slice(0, WIDTH - 1)
    return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:(]$/, '')}…`
  })
}

/**
 * What `talk-call-mock --help` prints: the options, and the built-in scenarios one a line.
 * @example
 * console.log(HELP)
 */
export const HELP = `Usage: talk-call-mock serve [options]

Serves the Nextcloud Talk call API mock over HTTP, for any client: browsers on another
origin, mobile and desktop apps, Playwright suites, curl.

Options:
  --port <n>          port to listen on (default 4010; 0 picks a free port)
  --host <address>    interface to listen on (default 127.0.0.1; 0.0.0.0 for other devices)
  --scenario <name>   scenario to start in (default: default; listed below)
  --token <token>     the app's own conversation token: the scenario's story conversation
                      takes it (4 to 30 of a-z, 0-9; digits only for sip-dial-in)
  --overlays <a,b>    network overlays to add, comma-separated: slow, flaky, offline
  --world <file>      start from a world described as JSON (instead of --scenario)
  --seed <n>          seed of the world's names and ids (default 1)
  --clock <mode>      running (default): the world starts now and follows real time;
                      still: time moves only through POST /__talk-mock/clock
  --speed <n>         how fast a running clock goes, and timelines unfold (default 1,
                      real time; 4 plays a minute in 15 s; up to 1000)
  --talk-app <dir>    serve Talk's own web UI from a spreed checkout built with
                      \`npm ci && npm run dev\` (its js/, css/, img/), at
                      /index.php/apps/spreed and /index.php/call/<token>
  --quiet             do not log requests
  -h, --help          show this help

For tests (Playwright, e2e): add --clock still, so every run gets the same answers, byte
for byte, and time moves only when the test moves it:
  talk-call-mock serve --scenario lobby-active --token abc123 --clock still --port 4010

Scenarios (full descriptions: GET /__talk-mock/scenarios):
${listScenarios(scenarios).join('\n')}

Exit codes: 0 stopped by SIGINT/SIGTERM, 2 bad options or the port is in use.`
