/**
 * What `talk-call-mock --help` prints.
 * @example
 * console.log(HELP)
 */
export const HELP = `Usage: talk-call-mock serve [options]

Serves the Nextcloud Talk call API mock over HTTP, for any client: browsers on another
origin, mobile and desktop apps, Playwright suites, curl.

Options:
  --port <n>          port to listen on (default 4010; 0 picks a free port)
  --host <address>    interface to listen on (default 127.0.0.1; 0.0.0.0 for other devices)
  --scenario <name>   scenario to start in (default: default; see GET /__talk-mock/scenarios)
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

Exit codes: 0 stopped by SIGINT/SIGTERM, 2 bad options or the port is in use.`
