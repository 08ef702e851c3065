import { loadWorld, type WorldSource } from '../world/load-world.js'
import { World } from '../world/world.js'
import { isDeepFrozen, type WorldImage } from '../world/world-image.js'

/** How many built worlds a mock keeps as images (source and seed pairs), oldest dropped first. */
const IMAGE_LIMIT = 16

// Deep-frozen world JSON cannot change, so the image of its build is the same for every mock:
// kept once per process (frozen too), it makes `createTalkMock()` in every test as cheap as a
// reset. Images hold no state a mock changes: every world rebuilt from one gets its own rows.
const sharedImages = new WeakMap<object, Map<string, WorldImage>>()

/**
 * Builds worlds for one mock, each (source, seed) once: later builds put the rows of the first
 * one's image into fresh collections, without faker or the builders' checks. Sources are
 * `fixed` when taken as unchanging once given (a scenario's world, the creation-time JSON);
 * others (`load()`) are read anew every time. A deep-frozen JSON source shares its image with
 * every mock of the process.
 * @example
 * const images = createWorldImages({ clockStart })
 * const world = await images.build(scenario.world, 1, { fixed: true })
 */
export interface WorldImages {
  build(source: WorldSource, seed: number, options: { fixed: boolean }): Promise<World>
}

/**
 * Creates a mock's image cache.
 * @example
 * const images = createWorldImages({ clockStart: Date.UTC(2026, 0, 1, 10) })
 */
export function createWorldImages(options: { clockStart?: number }): WorldImages {
  const { clockStart } = options
  const own = new Map<WorldSource, Map<number, WorldImage>>()

  const keep = (source: WorldSource, seed: number, image: WorldImage) => {
    const count = [...own.values()].reduce((total, seeds) => total + seeds.size, 0)
    if (count >= IMAGE_LIMIT) own.delete(own.keys().next().value!)
    if (!own.has(source)) own.set(source, new Map())
    own.get(source)!.set(seed, image)
  }

  return {
    async build(source, seed, { fixed }) {
      const shared = isShareable(source) ? sharedImagesOf(source) : undefined
      const sharedKey = `${seed}\n${clockStart ?? ''}`
      const image = shared?.get(sharedKey) ?? (fixed ? own.get(source)?.get(seed) : undefined)
      if (image) return World.fromImage(image, { clockStart })
      const world = await loadWorld(source, { seed, clockStart })
      if (shared) shared.set(sharedKey, world.image())
      else if (fixed) keep(source, seed, world.image())
      return world
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
  // One process rarely sees more than a couple of clock starts; more would only hold memory.
  if (images.size >= 4) images.clear()
  return images
}
