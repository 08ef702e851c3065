import { http } from '#msw-http'
import { TalkMockError } from '../errors.js'
import { Journal } from '../journal/journal.js'
import type { ClockMode } from '../world/clock.js'
import type { ActiveScenario, MockChange, TalkMock, TalkMockOptions } from './talk-mock-types.js'
import type { Scenario } from './define-scenario.js'
import { SignalingHub } from '../signaling/signaling-hub.js'
import { SimulatedPeers } from '../signaling/simulated-peers.js'
import { dumpWorld } from '../world/dump-world.js'
import { worldJsonSchema } from '../world/world-json.js'
import { validate } from '../world/validate.js'
import { NEXTCLOUD_HANDLER_PATHS, TALK_HANDLER_PATHS, type DoorScope } from '../routes/classify-route.js'
import { fromFetchRequest, toFetchResponse } from '../msw/msw-door.js'
import { answerNotFound } from '../nextcloud/not-found.js'
import { checkPlainRequest } from '../door/plain-request.js'
import { jsonAnswer, type PlainAnswer } from '../door/plain-answer.js'
import { handleControlRequest, type MockControls } from './control-routes.js'
import { createRealPlayback, mockClock } from './mock-clock.js'
import { createTimelineRunner } from '../timeline/timeline-runner.js'
import { describeTimeline } from '../timeline/describe-timeline.js'
import { addEvents } from '../timeline/timeline.js'
import { checkOptions } from './check-options.js'
import { createWorldImages } from './world-images.js'
import { checkSeed, findScenario } from './pick.js'
import { checkToken } from '../world/rename-token.js'
import { createRequestHandler } from './handle-request.js'
import { createDispatcher } from './dispatch-route.js'
import { checkOverlays, createRandom } from './overlays.js'
import { customStory, setupStory, storyOf } from './stories.js'
import { createWorldSwitch } from './world-switch.js'

/**
 * Creates an isolated Talk mock over a catalogue of scenarios (`options.scenarios` wins over it):
 * the package's entries pass the built-in one, which lives above the mock, in `scenarios/`.
 * @example
 * const mock = assembleTalkMock({ scenario: 'lobby-active' }, scenarios)
 * server.use(...mock.handlers)
 */
export function assembleTalkMock<Name extends string>(
  options: TalkMockOptions<Name>,
  catalogue: readonly Scenario<Name>[],
): TalkMock<Name> {
  // Throws for options it cannot use: nothing is built yet, so nothing can be rejected.
  checkOptions(options)
  const known = options.scenarios ?? catalogue
  const initialSeed = checkSeed(options.seed ?? 1, 'create the mock')
  const initialScenario = options.world
    ? undefined
    : findScenario(known, options.scenario ?? (options.setup ? 'empty' : 'default'), 'create the mock')
  const initialOverlays = checkOverlays(options.overlays ?? initialScenario?.overlays ?? [], 'create the mock')
  const clockMode: ClockMode = options.clock ?? 'still'
  const apiVersions = options.apiVersions ?? ['v4', 'v1']
  // Only `setup` given: the world is the setup's, on top of `empty`, and is reported as such.
  const setupOnly = options.setup !== undefined && options.scenario === undefined && options.world === undefined
  if (options.token !== undefined && (options.world !== undefined || setupOnly)) {
    throw new TalkMockError(
      'create the mock',
      `token "${options.token}" names a scenario's story conversation, and ${options.world ? 'a `world`' : 'only `setup`'} is given`,
      'Name the scenario too (e.g. { scenario: "lobby-active", token }), or write the token into your own world.',
    )
  }
  if (options.world) validate(worldJsonSchema, options.world, 'create the mock')

  const listeners = new Set<(change: MockChange) => void>()
  const signaling = new SignalingHub()
  const notify = (change: MockChange) => listeners.forEach((listener) => listener(change))
  const journal = new Journal()
  const simulatedPeers = new SimulatedPeers(signaling, journal)
  const playback = createRealPlayback()
  if (options.speed !== undefined) playback.setSpeed(options.speed)
  let random = createRandom(initialSeed)
  let stopWatching = () => {}

  const worlds = createWorldSwitch({
    images: createWorldImages({ clockStart: options.clockStart }),
    clockMode,
    playbackSource: () => playback.source(),
    initial: {
      ...(setupOnly
        ? setupStory(undefined)
        : storyOf(initialScenario ?? customStory(options.world ?? {}), options.token)),
      viewer: null,
      overlays: initialOverlays,
      seed: initialSeed,
    },
    appToken: options.token,
    setupOnly,
    takeOver(world, seed, change) {
      // Cleared as the world takes over: what the world before did until then is not this one's.
      if (change.clearJournal) journal.clear()
      // Signaling wakes from the world's own changes (a request, a test writing rows, its clock), and at a new world.
      stopWatching()
      // A new viewer changes who requests act as: the mock's subscribers hear of it as a setting.
      stopWatching = world.subscribe((change) => (change === 'viewer' ? notify('setting') : signaling.changed()))
      signaling.changed()
      // The flaky stream starts over, as a fresh world does.
      random = createRandom(seed)
      notify('world')
      timeline.schedule()
    },
  })
  const dispatcher = createDispatcher({ world: () => worlds.current(), apiVersions, signaling })
  const timeline = createTimelineRunner({
    world: () => worlds.world,
    context: (current) => ({
      world: current,
      dispatch: (request, viewer) => dispatcher.dispatchAs(request, viewer, current),
      // An event still running when its world was replaced happened in no world the journal shows.
      journal: { record: (entry, answer) => void (worlds.world === current && journal.record(entry, answer)) },
      apiVersion: apiVersions.includes('v4') ? 'v4' : 'v1',
      peers: simulatedPeers,
    }),
    hold: () => signaling.hold(),
    release: () => signaling.release(),
    notify,
    playback,
  })
  const clock = mockClock({
    world: () => worlds.current(),
    runner: timeline,
    playback,
    notify: () => notify('clock'),
    wake: () => signaling.changed(),
  })

  const useScenario: TalkMock<Name>['useScenario'] = (name, change = {}) =>
    rejecting(() => {
      const action = `use scenario "${String(name)}"`
      const scenario = findScenario(known, name, action)
      const seed = checkSeed(change.seed ?? worlds.active.seed, action)
      const overlays = checkOverlays(change.overlays ?? scenario.overlays ?? worlds.active.overlays, action)
      if (change.token !== undefined && change.token !== null) checkToken(change.token, action)
      // The app's token stays for later switches; `null` gives the scenarios their own tokens back.
      const token = change.token === undefined ? worlds.appToken : (change.token ?? undefined)
      return worlds.build({ scenario, fixed: true }, seed, overlays, { action, token })
    })
  const load: TalkMock<Name>['load'] = (json, change = {}) =>
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
      return worlds.build({ world: json, story, fixed: false }, worlds.active.seed, worlds.active.overlays, {
        action: 'load the world',
        token: worlds.appToken,
      })
    })
  const reset = () => {
    // The clock plays again as it did at creation: a pause or a speed is the last world's.
    playback.setSpeed(options.speed ?? 1)
    playback.play()
    return worlds.build(
      { scenario: initialScenario, world: options.world, fixed: true },
      initialSeed,
      initialOverlays,
      { action: 'create the mock', token: options.token, clearJournal: true },
      options.setup,
    )
  }
  const scenario = (): ActiveScenario => {
    const { active, world } = worlds
    const viewer = world ? world.viewer : active.viewer
    return { ...active, appToken: worlds.appToken ?? null, viewer, overlays: [...active.overlays] }
  }
  const setViewer = (viewer: string | null) => {
    const current = worlds.current()
    if (viewer !== null && !current.users.get(viewer)) {
      throw new TalkMockError(
        'set the viewer',
        `no user "${String(viewer)}"`,
        'Pass a user id of the world, or null for a guest.',
      )
    }
    // The world tells the mock's subscribers, as when `mock.world.viewer` is set.
    current.viewer = viewer
  }
  const setOverlays = (overlays: readonly string[]) => {
    worlds.setOverlays(checkOverlays(overlays, 'set overlays'))
    notify('setting')
  }
  const timelineView: TalkMock['timeline'] = {
    view: () => describeTimeline(worlds.current(), playback),
    add: (events) =>
      rejecting(async () => {
        await timeline.settle()
        addEvents(worlds.current().timeline, events)
        notify('timeline')
        await timeline.settle()
        timeline.schedule()
      }),
  }
  const dump = () => dumpWorld(worlds.current())
  const controls: MockControls = {
    scenarios: known,
    scenario,
    useScenario,
    setOverlays,
    hasUser: (id) => worlds.current().users.get(id) !== undefined,
    setViewer,
    dump,
    load,
    reset,
    clock,
    timeline: timelineView,
    journal,
  }

  // Every request of every door comes in here: msw's handlers below, the standalone server.
  const handleRequest = createRequestHandler({
    ready: () => worlds.ready,
    settle: () => timeline.settle(),
    world: () => worlds.world,
    brokenWorld: () => brokenWorld(worlds.ready),
    control: (request, route) => handleControlRequest(controls, request, route),
    overlays: () => worlds.active.overlays,
    random: () => random,
    dispatch: (request, route) => dispatcher.dispatch(request, route),
    signaling,
    journal,
    notify,
  })
  // msw's door: a fetch request in, a fetch response out (none: msw tries its next handler).
  const mswDoor = (scope: DoorScope) =>
    async function answerOverMsw({ request, cookies }: { request: Request; cookies: Record<string, string> }) {
      const answer = await handleRequest(await fromFetchRequest(request, cookies), scope)
      return answer && toFetchResponse(answer, options.cookieResponse)
    }
  const nextcloudHandlers = [http.all(NEXTCLOUD_HANDLER_PATHS, mswDoor('nextcloud'))]

  const mock: TalkMock<Name> = {
    // One handler for both kinds of route: msw parses every handler it tries (cookies included).
    handlers: [http.all(TALK_HANDLER_PATHS, mswDoor('talk')), ...(options.nextcloudRoutes ? nextcloudHandlers : [])],
    nextcloudHandlers,
    async answer(request) {
      checkPlainRequest(request)
      return (await handleRequest(request, 'all')) ?? (await answerNotFound(request))
    },
    get world() {
      return worlds.current()
    },
    clock,
    timeline: timelineView,
    get ready() {
      return worlds.ready
    },
    get scenario() {
      return scenario()
    },
    scenarios: known,
    journal,
    simulatedPeers,
    get viewer() {
      return worlds.current().viewer
    },
    set viewer(viewer) {
      setViewer(viewer)
    },
    // Promise-returning methods report every error as a rejection, never by throwing.
    useScenario,
    load,
    dump,
    setOverlays,
    reset,
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

/** A mock whose first world failed to build answers why, instead of hanging or passing through. */
async function brokenWorld(ready: Promise<void>): Promise<PlainAnswer> {
  const reason = await ready.then(
    () => 'no world',
    (error: unknown) => String(error instanceof Error ? error.message : error),
  )
  return jsonAnswer({ message: reason }, 500)
}
