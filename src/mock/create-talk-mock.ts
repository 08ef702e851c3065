import { http } from '#msw-http'
import { scenarios as catalogue, type ScenarioName } from '../../scenarios/index.js'
import { TalkMockError } from '../errors.js'
import { Journal } from '../journal/journal.js'
import type { ClockMode } from '../world/clock.js'
import type { ActiveScenario, MockChange, TalkMock, TalkMockOptions } from './talk-mock-types.js'
import { SignalingHub } from '../signaling/signaling-hub.js'
import { dumpWorld } from '../world/dump-world.js'
import type { WorldSource } from '../world/load-world.js'
import { worldJsonSchema, type WorldJson } from '../world/world-json.js'
import { validate } from '../world/validate.js'
import type { World } from '../world/world.js'
import { NEXTCLOUD_ROUTES } from '../nextcloud/answer-nextcloud-request.js'
import { createDoor, MOCK_ROUTES } from '../door/create-door.js'
import { fromFetchRequest, toFetchResponse } from '../door/msw-door.js'
import { answerNotFound } from '../door/not-found.js'
import { checkPlainRequest } from '../door/plain-request.js'
import { jsonAnswer, type PlainAnswer } from '../door/plain-answer.js'
import { handleControlRequest } from './control-routes.js'
import { createRealPlayback, mockClock, startRunning } from './mock-clock.js'
import { createTimelineRunner } from '../timeline/timeline-runner.js'
import { describeTimeline } from '../timeline/describe-timeline.js'
import { addEvents } from '../timeline/timeline.js'
import type { Scenario } from './define-scenario.js'
import { checkOptions } from './check-options.js'
import { createOcsResolver } from './ocs-resolver.js'
import { createWorldImages } from './world-images.js'
import { checkOverlays, checkSeed, findScenario } from './pick.js'
import type { OverlayName } from './overlays.js'
import { checkToken } from '../world/rename-token.js'

export type { ActiveScenario, ApiVersion, MockChange, TalkMock, TalkMockOptions } from './talk-mock-types.js'

/**
 * Creates an isolated Talk mock.
 * @example
 * const mock = createTalkMock({
 *   setup: async (world) => {
 *     await world.addUser({ id: 'alice', displayName: 'Alice' })
 *     await world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.GROUP })
 *     await world.addAttendee('abc123', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
 *     world.viewer = 'alice'
 *   },
 * })
 * server.use(...mock.handlers)
 */
export function createTalkMock<const Name extends string = ScenarioName>(
  options: TalkMockOptions<Name> = {},
): TalkMock<Name> {
  // Throws for options it cannot use: nothing is built yet, so nothing can be rejected.
  checkOptions(options)
  // Without `scenarios`, `Name` is the built-in names (its default), so the built-in catalogue is of `Name`.
  const known = options.scenarios ?? (catalogue as readonly Scenario<string>[] as readonly Scenario<Name>[])
  const initialSeed = checkSeed(options.seed ?? 1, 'create the mock')
  const initialScenario = options.world
    ? undefined
    : findScenario(known, options.scenario ?? (options.setup ? 'empty' : 'default'), 'create the mock')
  const initialOverlays = checkOverlays(options.overlays ?? initialScenario?.overlays ?? [], 'create the mock')
  const clockMode: ClockMode = options.clock ?? 'still'
  // Only `setup` given: the world is the setup's, on top of `empty`, and is reported as such.
  const setupOnly = options.setup !== undefined && options.scenario === undefined && options.world === undefined
  if (options.token !== undefined && (options.world !== undefined || setupOnly)) {
    throw new TalkMockError(
      'create the mock',
      `token "${options.token}" names a scenario's story conversation, and ${options.world ? 'a `world`' : 'only `setup`'} is given`,
      'Name the scenario too (e.g. { scenario: "lobby-active", token }), or write the token into your own world.',
    )
  }
  // The app's own token: every scenario's story conversation takes it, until told otherwise.
  let appToken = options.token

  if (options.world) validate(worldJsonSchema, options.world, 'create the mock')

  const listeners = new Set<(change: MockChange) => void>()
  const signaling = new SignalingHub()
  let stopWatching = () => {}
  const notify = (change: MockChange) => {
    listeners.forEach((listener) => listener(change))
    // Waiting signaling polls look again at every change: a join, a leave, a clock move, a new world.
    signaling.changed()
  }
  const journal = new Journal()
  let world: World | undefined
  let active: Omit<ActiveScenario, 'appToken'> = {
    ...(setupOnly ? setupStory(undefined) : storyOf(initialScenario ?? customStory(options.world ?? {}), appToken)),
    viewer: null,
    overlays: initialOverlays,
    seed: initialSeed,
  }
  let queue: Promise<void> = Promise.resolve()
  let ready: Promise<void> = Promise.resolve()
  const images = createWorldImages({ clockStart: options.clockStart })

  // Builds run one after another, so the last switch asked for is the one that stays.
  const build = (
    source: { scenario?: Scenario; world?: WorldJson; story?: Scenario; fixed: boolean },
    seed: number,
    overlays: OverlayName[],
    change: { action: string; token: string | undefined; clearJournal?: boolean },
    setup?: TalkMockOptions['setup'],
  ) => {
    const { scenario } = source
    const { action, token } = change
    // A loaded world keeps its own tokens: only a story (a scenario, or the one it was saved from) takes the app's,
    // and a story saved under its scenario's own token is reported under that.
    const savedOwn = source.story && !holds(source.world, token) && holds(source.world, source.story.token)
    const story = storyOf(
      source.story ?? scenario ?? customStory(source.world ?? {}),
      (source.story || scenario) && !savedOwn ? token : undefined,
    )
    const rename = scenario && token !== undefined ? { from: scenario.token, to: token, action } : undefined
    const next = queue
      .catch(() => undefined)
      .then(async () => {
        const built = await images.build(worldOf(source, seed), seed, { fixed: source.fixed, token: rename })
        if (setup) {
          await built.loadFaker()
          await setup(built)
        }
        if (clockMode === 'running') await startRunning(built, playback.source)
        // Cleared as the world takes over: what the world before did until then is not this one's.
        if (change.clearJournal) journal.clear()
        world = built
        appToken = token
        // However the world changes (a request, a test writing rows, its clock), waiting polls look again.
        stopWatching()
        // A new viewer changes who requests act as: the mock's subscribers hear of it as a setting.
        stopWatching = built.subscribe((change) => (change === 'viewer' ? notify('setting') : signaling.changed()))
        active = { ...(setup && setupOnly ? setupStory(built) : story), viewer: built.viewer, overlays, seed }
        ocs.restart(seed)
        notify('world')
        timeline.schedule()
      })
    queue = next
    // A build that fails leaves the previous world serving: the mock is still ready then.
    ready = next.catch((error: unknown) => {
      if (!world) throw error
    })
    ready.catch(() => undefined)
    return next
  }
  const currentWorld = (): World => {
    if (world) return world
    throw new TalkMockError(
      'use the mock',
      'its world is not built yet (or failed to build)',
      'Await `mock.ready` first.',
    )
  }

  const ocs = createOcsResolver({
    world: currentWorld,
    overlays: () => active.overlays,
    apiVersions: options.apiVersions ?? ['v4', 'v1'],
    journal,
    onAnswered: notify,
    signaling,
  })
  const apiVersions = options.apiVersions ?? ['v4', 'v1']
  const playback = createRealPlayback()
  if (options.speed !== undefined) playback.setSpeed(options.speed)
  const timeline = createTimelineRunner({
    world: () => world,
    context: (current) => ({
      world: current,
      dispatch: (request, viewer) => ocs.dispatchAs(request, viewer, current),
      // An event still running when its world was replaced happened in no world the journal shows.
      journal: { record: (entry, answer) => void (world === current && journal.record(entry, answer)) },
      apiVersion: apiVersions.includes('v4') ? 'v4' : 'v1',
    }),
    hold: () => signaling.hold(),
    release: () => signaling.release(),
    notify,
    playback,
  })
  // Every request of every door comes in here: msw's handlers below, the standalone server.
  const door = createDoor({
    ready: () => ready,
    // Requests read and move the world: the timeline's due events run first, whatever the route.
    settle: () => timeline.settle(),
    hasWorld: () => world !== undefined,
    control: (request) => handleControlRequest(mock, request),
    resolve: (request) => ocs.resolve(request),
    brokenWorld: () => brokenWorld(ready),
  })
  // msw's door: a fetch request in, a fetch response out (none: msw tries its next handler).
  const mswDoor = (scope: 'talk' | 'nextcloud') =>
    async function answerOverMsw({ request, cookies }: { request: Request; cookies: Record<string, string> }) {
      const answer = await door(await fromFetchRequest(request, cookies), scope)
      return answer && toFetchResponse(answer, options.cookieResponse)
    }

  const nextcloudHandlers = [http.all(NEXTCLOUD_ROUTES, mswDoor('nextcloud'))]
  const mock: TalkMock<Name> = {
    // One handler for both kinds of route: msw parses every handler it tries (cookies included).
    handlers: [http.all(MOCK_ROUTES, mswDoor('talk')), ...(options.nextcloudRoutes ? nextcloudHandlers : [])],
    nextcloudHandlers,
    async answer(request) {
      checkPlainRequest(request)
      return (await door(request, 'all')) ?? (await answerNotFound(request))
    },
    get world() {
      return currentWorld()
    },
    get clock() {
      return mockClock(currentWorld().clock, { runner: timeline, playback, notify: () => notify('clock') })
    },
    timeline: {
      view: () => describeTimeline(currentWorld(), playback),
      add: (events) =>
        rejecting(async () => {
          await timeline.settle()
          addEvents(currentWorld().timeline, events)
          notify('timeline')
          await timeline.settle()
          timeline.schedule()
        }),
    },
    get ready() {
      return ready
    },
    get scenario() {
      const viewer = world ? world.viewer : active.viewer
      return { ...active, appToken: appToken ?? null, viewer, overlays: [...active.overlays] }
    },
    scenarios: known,
    journal,
    get viewer() {
      return currentWorld().viewer
    },
    set viewer(viewer) {
      const current = currentWorld()
      if (viewer !== null && !current.users.get(viewer)) {
        throw new TalkMockError(
          'set the viewer',
          `no user "${String(viewer)}"`,
          'Pass a user id of the world, or null for a guest.',
        )
      }
      // The world tells the mock's subscribers, as when `mock.world.viewer` is set.
      current.viewer = viewer
    },
    // Promise-returning methods report every error as a rejection, never by throwing.
    useScenario: (name, change = {}) =>
      rejecting(() => {
        const action = `use scenario "${String(name)}"`
        const scenario = findScenario(known, name, action)
        const seed = checkSeed(change.seed ?? active.seed, action)
        const overlays = checkOverlays(change.overlays ?? scenario.overlays ?? active.overlays, action)
        if (change.token !== undefined && change.token !== null) checkToken(change.token, action)
        // The app's token stays for later switches; `null` gives the scenarios their own tokens back.
        const token = change.token === undefined ? appToken : (change.token ?? undefined)
        return build({ scenario, fixed: true }, seed, overlays, { action, token })
      }),
    load: (json, change = {}) =>
      rejecting(() => {
        if (typeof json !== 'object' || json === null || Array.isArray(json)) {
          const what = json === null ? 'null' : Array.isArray(json) ? 'a list' : String(json)
          throw new TalkMockError(
            'load the world',
            `${what} is no world`,
            'Pass a world as a JSON object ({} for an empty one).',
          )
        }
        const story = change.scenario === undefined ? undefined : findScenario(known, change.scenario, 'load the world')
        return build({ world: json, story, fixed: false }, active.seed, active.overlays, {
          action: 'load the world',
          token: appToken,
        })
      }),
    dump: () => dumpWorld(currentWorld()),
    setOverlays(overlays) {
      active = { ...active, overlays: checkOverlays(overlays, 'set overlays') }
      notify('setting')
    },
    reset() {
      // The clock plays again as it did at creation: a pause or a speed is the last world's.
      playback.setSpeed(options.speed ?? 1)
      playback.play()
      return build(
        { scenario: initialScenario, world: options.world, fixed: true },
        initialSeed,
        initialOverlays,
        { action: 'create the mock', token: options.token, clearJournal: true },
        options.setup,
      )
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  void mock.reset().catch(() => undefined)
  return mock
}

/** Runs `start`, turning what it throws into a rejection, so callers handle errors in one place. */
function rejecting(start: () => Promise<void>): Promise<void> {
  try {
    return start()
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

/** Where a build starts from: a world, or a scenario's (its prebuilt output when it has one for the seed). */
function worldOf(source: { scenario?: Scenario; world?: WorldJson }, seed: number): WorldSource {
  const { scenario } = source
  if (!scenario) return source.world ?? {}
  return scenario.prebuilt?.seed === seed ? scenario.prebuilt.world : scenario.world
}

/** A mock whose first world failed to build answers why, instead of hanging or passing through. */
async function brokenWorld(ready: Promise<void>): Promise<PlainAnswer> {
  const reason = await ready.then(
    () => 'no world',
    (error: unknown) => String(error instanceof Error ? error.message : error),
  )
  return jsonAnswer({ message: reason }, 500)
}

type Story = Omit<ActiveScenario, 'viewer' | 'overlays' | 'seed' | 'appToken'>

/** Only the story of a scenario (under the app's token, if any): `mock.scenario` never carries its world or overlays. */
function storyOf({ name, description, token }: Story, appToken?: string): Story {
  return { name, description, token: appToken ?? token }
}

/** What `createTalkMock({ setup })` built: its first conversation and its real viewer. */
function setupStory(world: World | undefined): Story {
  if (!world) return { name: 'custom', description: 'A world built by setup.', token: '' }
  const viewer = world.viewer === null ? 'an anonymous guest' : `user "${world.viewer}"`
  const description =
    `A world built by setup: ${world.users.count()} users, ${world.conversations.count()} conversations; ` +
    `the viewer is ${viewer}.`
  return { name: 'custom', description, token: world.conversations.all()[0]?.token ?? '' }
}

/** Whether a world JSON has a conversation under `token`. */
function holds(world: WorldJson | undefined, token: string | undefined): boolean {
  return token !== undefined && (world?.conversations ?? []).some((conversation) => conversation.token === token)
}

function customStory(world: WorldJson): Story {
  return { name: 'custom', description: 'A world loaded from JSON.', token: world.conversations?.[0]?.token ?? '' }
}
