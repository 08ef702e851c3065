import { http, type RequestHandler } from 'msw'
import { TalkMockError } from '../errors.js'
import { dispatchOcsRequest } from '../handlers/dispatch-ocs-request.js'
import { endpoints } from '../handlers/endpoints.js'
import type { Clock } from '../world/clock.js'
import { World } from '../world/world.js'

/** The API versions the mock can serve. @example const versions: ApiVersion[] = ['v4', 'v1'] */
export type ApiVersion = 'v4' | 'v1'

/**
 * Options of `createTalkMock`.
 * @example
 * createTalkMock({ seed: 7, setup: async (world) => { await world.addUser({ id: 'alice' }); world.viewer = 'alice' } })
 */
export interface TalkMockOptions {
  /** Seed of the world's faker: the same seed builds the same world. Default 1. */
  seed?: number
  /** Start of the world's clock, epoch milliseconds. Default 2026-01-01 10:00 UTC. */
  clockStart?: number
  /** Seeds a fresh world; runs at creation and on every `reset()`. */
  setup?: (world: World) => void | Promise<void>
  /** API versions served; others answer as unknown OCS routes. Default `['v4', 'v1']`. */
  apiVersions?: readonly ApiVersion[]
}

/**
 * One isolated mock: its own world, clock and handlers.
 * @example
 * const mock = createTalkMock({ setup })
 * const server = setupServer(...mock.handlers)
 */
export interface TalkMock {
  /** MSW request handlers answering Talk's OCS API from this mock's world. */
  readonly handlers: RequestHandler[]
  /** The current world (a new one after each `reset()`). */
  readonly world: World
  /** The current world's clock. */
  readonly clock: Clock
  /** Resolves once the world is seeded; handlers wait for it on their own. */
  readonly ready: Promise<void>
  /** Who requests without credentials act as: a user id, or `null` for an anonymous guest. */
  viewer: string | null
  /** Throws the world away and seeds a fresh one, as at creation. */
  reset(): Promise<void>
}

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
export function createTalkMock(options: TalkMockOptions = {}): TalkMock {
  const seed = options.seed ?? 1
  if (!Number.isSafeInteger(seed)) {
    throw new TalkMockError(
      'create the mock',
      `seed ${String(seed)} is not an integer`,
      'Pass a whole number as `seed`.',
    )
  }
  const apiVersions = options.apiVersions ?? ['v4', 'v1']
  let world!: World
  let ready!: Promise<void>
  let lastClient = 0

  const seedWorld = (): Promise<void> => {
    world = new World({ seed, clockStart: options.clockStart })
    ready = Promise.resolve(options.setup?.(world))
    return ready
  }
  void seedWorld().catch(() => undefined)

  const dispatchOptions = {
    world: () => world,
    apiVersions,
    endpoints,
    issueClientId: () => `client-${++lastClient}`,
  }
  const handlers = [
    http.all(/\/ocs\/v[12]\.php\/apps\/spreed\//, async ({ request, cookies }) => {
      await ready
      return dispatchOcsRequest(dispatchOptions, request, cookies)
    }),
  ]

  return {
    handlers,
    get world() {
      return world
    },
    get clock() {
      return world.clock
    },
    get ready() {
      return ready
    },
    get viewer() {
      return world.viewer
    },
    set viewer(viewer) {
      world.viewer = viewer
    },
    reset: seedWorld,
  }
}
