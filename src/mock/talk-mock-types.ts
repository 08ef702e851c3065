import type { RequestHandler } from 'msw'
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { Journal } from '../journal/journal.js'
import type { SimulatedPeers } from '../signaling/simulated-peers.js'
import type { TimelineView } from '../timeline/describe-timeline.js'
import type { TimelineEvent } from '../timeline/timeline-schema.js'
import type { Clock, ClockMode } from '../world/clock.js'
import type { WorldJson } from '../world/world-json.js'
import type { World } from '../world/world.js'
import type { ScenarioName } from '../../scenarios/index.js'
import type { Scenario } from './define-scenario.js'
import type { OverlayName } from './overlays.js'

/** The API versions the mock can serve. @example const versions: ApiVersion[] = ['v4', 'v1'] */
export type ApiVersion = 'v4' | 'v1'

/**
 * Options of `createTalkMock`. The world starts from `world` if given, else `scenario`, else
 * `default` (`empty` when only `setup` is given, reported as a `custom` scenario: the setup's world,
 * its first conversation and viewer); `setup` then changes it. `Name` is the catalogue's names:
 * the built-in ones, or those of the `scenarios` given, inferred by `createTalkMock`.
 * @example
 * createTalkMock({ scenario: 'lobby-active', seed: 7, overlays: ['slow'] })
 */
export interface TalkMockOptions<Name extends string = ScenarioName> {
  /** A scenario of the catalogue (checked at run time too, for JavaScript and URLs). */
  scenario?: NoInfer<Name>
  /**
   * The app's own conversation token (Talk's `[a-z0-9]{4,30}`): the scenario's story conversation
   * takes it, everywhere the world names it, so the app sees any scenario under the token it asks
   * for. It stays for later switches. Not with `world` or `setup` alone (those name their own tokens).
   * A token another conversation of the scenario has, or a non-numeric one where SIP dial-in is on,
   * makes the build fail (`ready` rejects).
   */
  token?: string
  /** A world as JSON, instead of a scenario. */
  world?: WorldJson
  /** Seed of the world's names (faker) and ids, and of flaky overlays: the same seed gives the same world. Default 1. */
  seed?: number
  /** Network overlays laid over the scenario: `slow`, `flaky`, `offline`. */
  overlays?: readonly OverlayName[]
  /** Changes a freshly built world; runs at creation and on every `reset()`. */
  setup?: (world: World) => void | Promise<void>
  /** Start of the clock (epoch ms) for worlds that name none. Default 2026-01-01 10:00 UTC. */
  clockStart?: number
  /**
   * `still` (the default here, in Node and Storybook): time moves only when told, so runs
   * replay byte for byte. `running` (the default of the browser runtime and `serve`): time
   * follows real time, and every world starts now, all its times shifted by one offset.
   */
  clock?: ClockMode
  /** How fast a running clock goes (and its timeline unfolds): 1 is real time (the default), up to 1000. */
  speed?: number
  /** API versions served; others answer as unknown OCS routes. Default `['v4', 'v1']`. */
  apiVersions?: readonly ApiVersion[]
  /**
   * The scenario catalogue, instead of the built-in one (extend it with `[...scenarios, mine]`).
   * Its names are what `scenario`, `useScenario` and `load` then take.
   */
  scenarios?: readonly Scenario<Name>[]
  /**
   * How answers that hand out the client cookie are made. Default: a plain `Response`. The
   * browser and Storybook runtimes pass msw's `HttpResponse`, which gets the cookie to
   * `document.cookie` (browsers drop `Set-Cookie` from responses a script makes).
   */
  cookieResponse?: (body: BodyInit | null, init: ResponseInit) => Response
  /**
   * Also answer the Nextcloud routes a Talk client reads besides Talk's own:
   * `/ocs/v2.php/cloud/capabilities` and `/index.php/csrftoken`. Default false, since an app in
   * the browser may get them from a real Nextcloud; the standalone server always serves them.
   */
  nextcloudRoutes?: boolean
}

/**
 * What a change reported to `subscribe` was: a Talk request answered, a signaling request
 * answered (polls come often and change nothing but pings), a new world, the clock, or another
 * setting of the mock (viewer, overlays).
 * @example
 * mock.subscribe((change) => change !== 'signaling' && save())
 */
export type MockChange = 'request' | 'signaling' | 'world' | 'clock' | 'setting' | 'timeline'

/**
 * The world's clock as a mock hands it out. Moving it runs the timeline's events due on the way,
 * in order, each at its own time, before any request is answered: `advance` and `set` move at
 * once and return a promise of those events having run (requests wait for it by themselves;
 * await it before reading `mock.world` directly). On a running clock events run as their time
 * comes, at `speed`; `pause` stops the clock, `play` runs it (a still one too), `step` moves it
 * to the next event and runs it.
 * @example
 * await mock.clock.advance(31_000)
 * mock.clock.speed = 4
 */
export interface MockClock extends Clock {
  advance(ms: number): Promise<void>
  set(epochMs: number): Promise<void>
  /** Resolves once no timeline event is running or due. */
  readonly settled: Promise<void>
  /** Moves the clock to the next event that has not run, and runs it; resolves to it (undefined when none is left). */
  step(): Promise<TimelineEvent | undefined>
  /** Lets the clock follow real time (at `speed`) from where it stands, a still clock too. */
  play(): void
  /** Stops a running clock where it stands (moving it by hand still works). */
  pause(): void
  /** Whether the clock moves by itself now. */
  readonly playing: boolean
  /** How fast a running clock goes: 1 is real time, 4 four times as fast (above 0, up to 1000). */
  speed: number
}

/**
 * A mock's timeline: what the current world's timeline did and what comes next, and adding to it.
 * @example
 * mock.timeline.view().events.map((event) => event.outcome)
 * await mock.timeline.add([{ at: 60_000, kind: 'end-call' }])
 */
export interface MockTimeline {
  view(): TimelineView
  /** Adds events (checked first: a bad one adds nothing); those whose time has passed run at once. */
  add(events: readonly TimelineEvent[]): Promise<void>
}

/**
 * What is active: the scenario's story (`token`: its conversation's token in use, the app's own
 * when one is set), who the viewer is, the overlays and the seed.
 * @example
 * mock.scenario // { name: 'lobby-active', token: 'webinar', viewer: 'alice', overlays: [], seed: 1, ... }
 */
export interface ActiveScenario {
  name: string
  description: string
  token: string
  /** The app's own token that every scenario's story takes (`token` option), or null for none. */
  appToken: string | null
  viewer: string | null
  overlays: OverlayName[]
  seed: number
}

/**
 * One isolated mock: its own world, clock, scenario, overlays, journal and handlers. `Name` is the
 * names of its catalogue (the built-in ones unless it was given its own `scenarios`).
 * @example
 * const mock = createTalkMock({ scenario: 'default' })
 * const server = setupServer(...mock.handlers)
 */
export interface TalkMock<Name extends string = ScenarioName> {
  /**
   * MSW handlers: Talk's OCS API from this mock's world, the `/__talk-mock/` control routes, and
   * with `nextcloudRoutes` also `nextcloudHandlers`.
   */
  readonly handlers: RequestHandler[]
  /** MSW handlers for the Nextcloud routes outside Talk: capabilities and the CSRF token. */
  readonly nextcloudHandlers: RequestHandler[]
  /**
   * The plain door, without msw or fetch objects: answers a request to any route the standalone
   * server serves (Talk, control, Nextcloud; Nextcloud's 404 for the rest) with the same rules as
   * `handlers`. Status 0 stands for a dropped connection.
   * @example
   * const answer = await mock.answer({ method: 'GET', url: new URL('http://x/ocs/v2.php/apps/spreed/api/v4/call/abc123'), headers: { 'ocs-apirequest': 'true' }, body: '', cookies: {} })
   */
  answer(request: PlainRequest): Promise<PlainAnswer>
  /** The current world (a new one after each scenario switch, load or reset). */
  readonly world: World
  /**
   * The current world's clock; moving it through here runs the timeline's due events and tells
   * the listeners of `subscribe`.
   */
  readonly clock: MockClock
  /** The current world's timeline. */
  readonly timeline: MockTimeline
  /**
   * Resolves once a world is built and serving; handlers wait for it on their own. It rejects
   * only when no world could be built at all (a failed switch keeps the previous world).
   */
  readonly ready: Promise<void>
  /** The active scenario. */
  readonly scenario: ActiveScenario
  /** The catalogue this mock knows. */
  readonly scenarios: readonly Scenario<Name>[]
  /** What the mock received and answered. */
  readonly journal: Journal
  /**
   * The simulated peers' side of signaling: what clients send them, their media state (muted,
   * speaking, sharing the screen, failing), and sending as them. A media engine in a page
   * (`talk-call-mock/browser`) listens here; Node and the server keep media-less peers.
   */
  readonly simulatedPeers: SimulatedPeers
  /** Who requests without credentials act as: a user id, or `null` for an anonymous guest. */
  viewer: string | null
  /**
   * Switches to a scenario of the catalogue (fresh world). Seed, overlays and the app's token stay
   * as they are unless given (or, for overlays, unless the scenario comes with its own); `token:
   * null` gives the scenarios their own tokens back. The journal is kept: what the app did before
   * the switch stays listed (call `journal.clear()` for a clean one); `reset()` empties it.
   * @example
   * await mock.useScenario('lobby-active', { seed: 7 })
   */
  useScenario(
    name: Name,
    options?: { seed?: number; overlays?: readonly OverlayName[]; token?: string | null },
  ): Promise<void>
  /**
   * Replaces the world with one described as JSON; a bad description changes nothing. Name the
   * catalogue scenario the world was saved from (`{ scenario }`) to keep its story (name,
   * description, and the app's token if the mock has one, else the scenario's); otherwise the mock
   * reports a `custom` scenario. The world keeps the tokens it names. The journal is kept, as by
   * `useScenario`.
   * @example
   * await mock.load(saved, { scenario: 'lobby-active' })
   */
  load(world: WorldJson, options?: { scenario?: Name }): Promise<void>
  /** The current world as JSON, in the shape `load` takes. */
  dump(): WorldJson
  /** Lays network overlays over whatever is active. */
  setOverlays(overlays: readonly OverlayName[]): void
  /**
   * Back to the state at creation: world, clock, scenario, overlays, and an empty journal (it is
   * emptied as the new world takes over; a `useScenario` or `load` keeps it).
   * @example
   * afterEach(() => mock.reset())
   */
  reset(): Promise<void>
  /**
   * Calls `listener` after every change (a request answered, a switch, a load, a clock move) with
   * what changed; returns the unsubscribe. Signaling polls and messages come as `'signaling'`.
   */
  subscribe(listener: (change: MockChange) => void): () => void
}
