/**
 * The page URL's query parameters that choose the mock's state: `?talk-scenario=lobby-active`,
 * `&talk-token=abc123` (the app's own conversation token, which the story takes),
 * `&talk-overlays=slow,flaky`, `&talk-seed=7`, `&talk-clock=still`, `&talk-speed=4`.
 * @example
 * new URL(location.href).searchParams.get(URL_PARAM.SCENARIO)
 */
export const URL_PARAM = {
  SCENARIO: 'talk-scenario',
  TOKEN: 'talk-token',
  OVERLAYS: 'talk-overlays',
  SEED: 'talk-seed',
  CLOCK: 'talk-clock',
  SPEED: 'talk-speed',
} as const

/**
 * What the page URL asks for; a parameter that is absent stays undefined.
 * @example
 * const choice: UrlChoice = { scenario: 'lobby-active', overlays: ['slow'] }
 */
export interface UrlChoice {
  scenario?: string
  /** The app's own token; anything given is passed on, so `createTalkMock` names a bad one. */
  token?: string
  overlays?: string[]
  seed?: number
  /** `still` or `running`; anything else is passed on, so `createTalkMock` names the mistake. */
  clock?: string
  /** How fast a running clock goes; a value that is not a number is passed on, so `createTalkMock` names the mistake. */
  speed?: number
}

/**
 * Reads the scenario, app token, overlays and seed a page URL asks for. `talk-overlays=` (empty) asks for
 * none; a seed that is not a number is passed on as is, so `createTalkMock` names the mistake.
 * @example
 * readUrlChoice('http://localhost:5173/?talk-scenario=guest&talk-overlays=slow') // { scenario: 'guest', overlays: ['slow'] }
 */
export function readUrlChoice(url: string | URL): UrlChoice {
  const params = new URL(url).searchParams
  const choice: UrlChoice = {}
  const scenario = params.get(URL_PARAM.SCENARIO)?.trim()
  if (scenario) choice.scenario = scenario
  const token = params.get(URL_PARAM.TOKEN)?.trim()
  if (token) choice.token = token
  const overlays = params.get(URL_PARAM.OVERLAYS)
  if (overlays !== null)
    choice.overlays = overlays
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  const seed = params.get(URL_PARAM.SEED)
  if (seed !== null && seed.trim() !== '') choice.seed = Number(seed)
  const clock = params.get(URL_PARAM.CLOCK)?.trim()
  if (clock) choice.clock = clock
  const speed = params.get(URL_PARAM.SPEED)
  if (speed !== null && speed.trim() !== '') choice.speed = Number(speed)
  return choice
}
