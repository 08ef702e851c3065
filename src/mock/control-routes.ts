import { jsonAnswer, type PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { Route } from '../routes/classify-route.js'
import { TalkMockError } from '../errors.js'
import type { Journal } from '../journal/journal.js'
import type { WorldJson } from '../world/world-json.js'
import type { Scenario } from './define-scenario.js'
import { overlays, type OverlayName } from './overlays.js'
import type { ActiveScenario, MockClock, MockTimeline } from './talk-mock-types.js'

/**
 * What the control routes may do to a mock: the few acts they drive, not the whole public mock.
 * @example
 * const controls: MockControls = { scenarios, scenario: () => active, useScenario, setOverlays, hasUser, setViewer, dump, load, reset, clock, timeline, journal }
 */
export interface MockControls {
  readonly scenarios: readonly Pick<Scenario, 'name' | 'description' | 'token'>[]
  scenario(): ActiveScenario
  useScenario(
    name: string,
    change: { seed?: number; overlays?: readonly OverlayName[]; token?: string | null },
  ): Promise<void>
  setOverlays(overlays: readonly OverlayName[]): void
  /** Whether the current world has this user. */
  hasUser(id: string): boolean
  setViewer(viewer: string | null): void
  dump(): WorldJson
  load(world: WorldJson): Promise<void>
  reset(): Promise<void>
  readonly clock: MockClock
  readonly timeline: MockTimeline
  readonly journal: Pick<Journal, 'entries' | 'clear'>
}

type ControlRoute = (mock: MockControls, body: Record<string, unknown>) => Promise<unknown> | unknown

/**
 * The control routes under `/__talk-mock/`: plain JSON, never the OCS checks, so Playwright,
 * curl and mobile clients can drive the mock. Keys are `METHOD name`.
 * @example
 * await fetch('/__talk-mock/scenario', { method: 'POST', body: JSON.stringify({ name: 'lobby-active' }) })
 */
export const controlRoutes: Record<string, ControlRoute> = {
  /** The catalogue (`name`, `description`, `token` of each scenario) and the overlays. */
  'GET scenarios': (mock) => ({
    scenarios: mock.scenarios.map(({ name, description, token }) => ({ name, description, token })),
    overlays: overlays.map(({ name, description }) => ({ name, description })),
  }),
  /** The active scenario: `name`, `description`, `token`, `appToken`, `viewer`, `overlays`, `seed`. */
  'GET scenario': (mock) => mock.scenario(),
  /** `{"name", "seed"?, "overlays"?, "token"?}`: switches to a fresh world (`token` the app's own, `null` for the scenario's); the journal is kept. */
  'POST scenario': async (mock, body) => {
    if (typeof body.name !== 'string')
      throw new TalkMockError('switch scenario', '`name` is missing', 'Send {"name": "default"}.')
    await mock.useScenario(body.name, {
      seed: body.seed as number | undefined,
      overlays: body.overlays as OverlayName[] | undefined,
      token: body.token as string | null | undefined,
    })
    return mock.scenario()
  },
  /** `{"overlays": ["slow"]}`: lays overlays over the running world. */
  'PUT overlays': (mock, body) => {
    mock.setOverlays((body.overlays ?? []) as OverlayName[])
    return mock.scenario()
  },
  /** `{"viewer": "bob"}` or `null`: acts as another user of the world, or as a guest. */
  'PUT viewer': (mock, body) => {
    const viewer = body.viewer
    if (viewer !== null && (typeof viewer !== 'string' || !mock.hasUser(viewer))) {
      throw new TalkMockError(
        'set the viewer',
        `no user "${String(viewer)}"`,
        'Send a user id of the world, or null for a guest.',
      )
    }
    mock.setViewer(viewer)
    return mock.scenario()
  },
  /** The world as JSON, in the shape `PUT world` takes. */
  'GET world': (mock) => mock.dump(),
  /** A world as JSON: loads it (a bad one changes nothing); the journal is kept. */
  'PUT world': async (mock, body) => {
    await mock.load(body as WorldJson)
    return mock.scenario()
  },
  /** Back to the state of creation: world, clock, scenario, overlays; the journal is emptied. */
  'POST reset': async (mock) => {
    await mock.reset()
    return mock.scenario()
  },
  /** `{"now", "mode", "playing", "speed"}`. */
  'GET clock': (mock) => clockState(mock),
  /** `{"advance": ms}`, `{"set": epochMs}`, `{"step": true}`, `{"play": true}`, `{"pause": true}`, `{"speed": 4}`: the due timeline events run first; answers as `GET clock`. */
  'POST clock': async (mock, body) => {
    const { advance, set, step, play, pause, speed } = body
    if ([advance, set, step, play, pause, speed].every((value) => value === undefined)) {
      throw new TalkMockError(
        'move the clock',
        'send `advance` (ms), `set` (epoch ms), `step`, `play`, `pause` or `speed`',
        'E.g. {"advance": 31000}, {"step": true} or {"speed": 4, "play": true}.',
      )
    }
    // Speed first, so `{"speed": 4, "play": true}` plays at 4 from the start.
    if (speed !== undefined) mock.clock.speed = speed as number
    if (pause === true) mock.clock.pause()
    if (advance !== undefined) await mock.clock.advance(advance as number)
    if (set !== undefined) await mock.clock.set(set as number)
    if (step === true) await mock.clock.step()
    if (play === true) mock.clock.play()
    return clockState(mock)
  },
  /** The timeline: `start`, `elapsed`, each event with its `time` and `outcome` (`done`, `failed`, `pending`), and `next`. */
  'GET timeline': (mock) => mock.timeline.view(),
  /** `{"events": [...]}`: adds events (checked first: a bad one adds nothing); answers as `GET timeline`. */
  'POST timeline': async (mock, body) => {
    if (!Array.isArray(body.events)) {
      throw new TalkMockError(
        'add timeline events',
        '`events` is not a list',
        'Send {"events": [{"at": 15000, "kind": "join", "actor": "peer2"}]}.',
      )
    }
    await mock.timeline.add(body.events as never)
    return mock.timeline.view()
  },
  /** `{"entries"}`: the last 200 requests of each kind (`talk`, `signaling`, `timeline`), each with `kind`, `method`, `path`, `requestBody`, `status`, `time`, `durationMs`, `responseBody`. */
  'GET journal': async (mock) => ({ entries: await mock.journal.entries() }),
  /** Empties the journal. */
  'DELETE journal': (mock) => {
    mock.journal.clear()
    return { entries: [] }
  },
}

/** Where the clock stands and how it plays. */
function clockState(mock: MockControls) {
  const { clock } = mock
  return { now: clock.now(), mode: clock.mode, playing: clock.playing, speed: clock.speed }
}

/** Routes an empty body must not reach: it would stand for a change nobody meant (an empty world). */
const NEEDS_BODY: Record<string, { action: string; remedy: string }> = {
  'PUT world': {
    action: 'load the world',
    remedy: 'Send a world as JSON, e.g. what GET /__talk-mock/world gives ({} for an empty one).',
  },
}

/**
 * Answers one control request: 200 with JSON, 400 `{error}` for bad input, 404 for an unknown
 * route, 405 for a known route with another method.
 * @example
 * const answer = await handleControlRequest(controls, request, classifyRoute(request.url.pathname))
 */
export async function handleControlRequest(
  mock: MockControls,
  request: PlainRequest,
  { name }: Extract<Route, { kind: 'control' }>,
): Promise<PlainAnswer> {
  const route = controlRoutes[`${request.method} ${name}`]
  if (!route) {
    const known = Object.keys(controlRoutes).some((key) => key.endsWith(` ${name}`))
    return jsonAnswer(
      { error: `${known ? 'Method not allowed' : 'No control route'}: ${request.method} /__talk-mock/${name}` },
      known ? 405 : 404,
    )
  }
  try {
    const text = request.method === 'GET' ? '' : request.body
    const needed = NEEDS_BODY[`${request.method} ${name}`]
    if (needed && text.trim() === '') throw new TalkMockError(needed.action, 'the body is empty', needed.remedy)
    const body: unknown = text.trim() === '' ? {} : JSON.parse(text)
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new TalkMockError('read the request', 'the body is not a JSON object', 'Send a JSON object.')
    }
    return jsonAnswer((await route(mock, body as Record<string, unknown>)) ?? null)
  } catch (error) {
    if (error instanceof SyntaxError) return jsonAnswer({ error: `The body is not JSON: ${error.message}` }, 400)
    if (error instanceof TalkMockError) return jsonAnswer({ error: error.message }, 400)
    throw error
  }
}
