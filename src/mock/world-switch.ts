import { TalkMockError } from '../errors.js'
import type { ClockMode } from '../world/clock.js'
import type { WorldJson } from '../world/world-json.js'
import type { World } from '../world/world.js'
import type { Scenario } from './define-scenario.js'
import { startRunning } from './mock-clock.js'
import { customStory, holds, setupStory, storyOf, worldOf, type Story } from './stories.js'
import type { ActiveScenario, TalkMockOptions } from './talk-mock-types.js'
import type { WorldImages } from './world-images.js'
import type { OverlayName } from './overlays.js'

/** What a build starts from: a scenario, a world JSON (with the story it was saved from), and whether it is fixed. */
export interface BuildSource {
  scenario?: Scenario
  world?: WorldJson
  story?: Scenario
  fixed: boolean
}

/** What a build changes besides the world: the action it reports under, the app's token, the journal. */
export interface BuildChange {
  action: string
  token: string | undefined
  clearJournal?: boolean
}

/**
 * The world a mock serves and the switches between worlds: builds run one after another, so the
 * last switch asked for is the one that stays; a build that fails leaves the previous world serving.
 * @example
 * const worlds = createWorldSwitch({ images, clockMode, playbackSource, initial, setupOnly, takeOver })
 * await worlds.build({ scenario, fixed: true }, 1, [], { action: 'use scenario', token: undefined })
 */
export function createWorldSwitch(options: {
  images: WorldImages
  clockMode: ClockMode
  /** The mock's playback, that a running clock follows. */
  playbackSource(): number
  initial: Omit<ActiveScenario, 'appToken'>
  appToken: string | undefined
  /** Whether the mock was made with `setup` alone: its world is reported as the setup's. */
  setupOnly: boolean
  /** Called as a built world takes over (before anyone sees it): clear the journal, restart streams, notify. */
  takeOver(world: World, seed: number, change: BuildChange): void
}) {
  let world: World | undefined
  let active = options.initial
  let appToken = options.appToken
  let queue: Promise<void> = Promise.resolve()
  let ready: Promise<void> = Promise.resolve()

  return {
    /** The world serving now, if one was ever built. */
    get world(): World | undefined {
      return world
    },
    /** The world serving now; a `TalkMockError` before any was built. */
    current(): World {
      if (world) return world
      throw new TalkMockError(
        'use the mock',
        'its world is not built yet (or failed to build)',
        'Await `mock.ready` first.',
      )
    },
    get ready(): Promise<void> {
      return ready
    },
    get active(): Omit<ActiveScenario, 'appToken'> {
      return active
    },
    get appToken(): string | undefined {
      return appToken
    },
    setOverlays(overlays: OverlayName[]): void {
      active = { ...active, overlays }
    },
    build(
      source: BuildSource,
      seed: number,
      overlays: OverlayName[],
      change: BuildChange,
      setup?: TalkMockOptions['setup'],
    ): Promise<void> {
      const { scenario } = source
      const { action, token } = change
      // A loaded world keeps its own tokens: only a story (a scenario, or the one it was saved from) takes the app's,
      // and a story saved under its scenario's own token is reported under that.
      const savedOwn = source.story && !holds(source.world, token) && holds(source.world, source.story.token)
      const story: Story = storyOf(
        source.story ?? scenario ?? customStory(source.world ?? {}),
        (source.story || scenario) && !savedOwn ? token : undefined,
      )
      const rename = scenario && token !== undefined ? { from: scenario.token, to: token, action } : undefined
      const next = queue
        .catch(() => undefined)
        .then(async () => {
          const built = await options.images.build(worldOf(source, seed), seed, { fixed: source.fixed, token: rename })
          if (setup) {
            await built.loadFaker()
            await setup(built)
          }
          if (options.clockMode === 'running') await startRunning(built, options.playbackSource)
          world = built
          appToken = token
          active = {
            ...(setup && options.setupOnly ? setupStory(built) : story),
            viewer: built.viewer,
            overlays,
            seed,
          }
          options.takeOver(built, seed, change)
        })
      queue = next
      // A build that fails leaves the previous world serving: the mock is still ready then.
      ready = next.catch((error: unknown) => {
        if (!world) throw error
      })
      ready.catch(() => undefined)
      return next
    },
  }
}

/**
 * The world switch of one mock.
 * @example
 * const worlds: WorldSwitch = createWorldSwitch(options)
 */
export type WorldSwitch = ReturnType<typeof createWorldSwitch>
