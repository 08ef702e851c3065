import { loadWorld, type WorldSource } from '../world/load-world.js'
import { World } from '../world/world.js'
import { isDeepFrozen, type WorldImage } from '../world/world-image.js'
import { renameToken } from '../world/rename-token.js'

/** How many built worlds a mock keeps as images (source, seed and token), oldest dropped first. */
const IMAGE_LIMIT = 16

// Deep-frozen world JSON cannot change, so the image of its build is the same for every mock:
// kept once per process (frozen too), it makes `createTalkMock()` in every test as cheap as a
// reset. Images hold no state a mock changes: every world rebuilt from one gets its own rows.
const sharedImages = new WeakMap<object, Map<string, WorldImage>>()

/**
 * Builds worlds for one mock, each (source, seed, token) once: later builds put the rows of the
 * first one's image into fresh collections, without faker or the builders' checks. With
 * `token`, the story conversation `token.from` is built under `token.to` (the app's own token):
 * the image of the scenario's own build, renamed, so a prebuilt world stays as fast. Sources are
 * `fixed` when taken as unchanging once given (a scenario's world, the creation-time JSON);
 * others (`load()`) are read anew every time. A deep-frozen JSON source shares its image with
 * every mock of the process.
 * @example
 * const images = createWorldImages({ clockStart })
 * const world = await images.build(scenario.world, 1, { fixed: true })
 */
export interface WorldImages {
  build(source: WorldSource, seed: number, options: BuildOptions): Promise<World>
}

/**
 * How one world is built: whether its source is taken as unchanging, and the story token to
 * rename (with the action a refused token is reported under).
 * @example
 * const options: BuildOptions = { fixed: true, token: { from: 'webinar', to: 'abc123', action: 'create the mock' } }
 */
export interface BuildOptions {
  fixed: boolean
  token?: { from: string; to: string; action: string }
}

/**
 * Creates a mock's image cache.
 * @example
 * const images = createWorldImages({ clockStart: Date.UTC(2026, 0, 1, 10) })
 */
export function createWorldImages(options: { clockStart?: number }): WorldImages {
  const { clockStart } = options
  const own = new Map<WorldSource, Map<string, WorldImage>>()

  const keep = (source: WorldSource, key: string, image: WorldImage) => {
    const count = [...own.values()].reduce((total, images) => total + images.size, 0)
    if (count >= IMAGE_LIMIT) own.delete(own.keys().next().value!)
    if (!own.has(source)) own.set(source, new Map())
    own.get(source)!.set(key, image)
  }
  const cached = (source: WorldSource, key: string, fixed: boolean, shared?: Map<string, WorldImage>) =>
    shared?.get(`${key}\n${clockStart ?? ''}`) ?? (fixed ? own.get(source)?.get(key) : undefined)
  const remember = (
    source: WorldSource,
    key: string,
    fixed: boolean,
    image: WorldImage,
    shared?: Map<string, WorldImage>,
  ) => {
    if (shared) shared.set(`${key}\n${clockStart ?? ''}`, image)
    else if (fixed) keep(source, key, image)
  }

  return {
    async build(source, seed, { fixed, token }) {
      const shared = isShareable(source) ? sharedImagesOf(source) : undefined
      const key = token && token.from !== token.to ? `${seed}\n${token.to}` : `${seed}`
      const image = cached(source, key, fixed, shared)
      if (image) return World.fromImage(image, { clockStart })
      const base = cached(source, `${seed}`, fixed, shared)
      const world = base ? undefined : await loadWorld(source, { seed, clockStart })
      const built = base ?? world!.image()
      if (!base) remember(source, `${seed}`, fixed, built, shared)
      if (key === `${seed}`) return world ?? World.fromImage(built, { clockStart })
      const renamed = renameToken(built, token!.from, token!.to, token!.action)
      remember(source, key, fixed, renamed, shared)
      return World.fromImage(renamed, { clockStart })
    },
  }
}

/** Sources found deep-frozen once (frozen things stay frozen), so the walk is made once. */
const deepFrozen = new WeakSet<object>()

function isShareable(source: WorldSource): source is WorldSource & object {
  if (typeof source !== 'object' || !Object.isFrozen(source)) return false
  if (deepFrozen.has(source)) return true
  if (!isDeepFrozen(source)) return false
  deepFrozen.add(source)
  return true
}

function sharedImagesOf(source: object): Map<string, WorldImage> {
  let images = sharedImages.get(source)
  if (!images) sharedImages.set(source, (images = new Map()))
  // One process rarely sees more than a couple of clock starts and app tokens; more would only hold memory.
  if (images.size >= 8) images.clear()
  return images
}
