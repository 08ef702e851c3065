import type { Faker } from '@faker-js/faker'
import { TalkMockError } from '../errors.js'
import { createFaker, loadedEnglish, loadEnglishFaker } from './create-faker.js'
import { createRandom, type Random } from './create-random.js'

/**
 * A world's two seeded streams: opaque ids (always at hand) and the English faker for names
 * (loaded on demand). Building draws from the seed itself; once built, both restart from a
 * seed of their own, so later draws (the session of a join, a name `setup` makes up) do not
 * depend on how the world was built, and a world rebuilt from an image answers as the first.
 * @example
 * const streams = new WorldStreams(1)
 * streams.random.alphanumeric(255)
 */
export class WorldStreams {
  random: Random
  #seed: number
  #serving = false
  #faker: Faker | undefined

  constructor(readonly buildSeed: number) {
    this.#seed = buildSeed
    this.random = createRandom(buildSeed)
  }

  /**
   * The faker, once this process or page has loaded faker's English locale; a clear error before.
   * @example
   * streams.faker.person.fullName()
   */
  get faker(): Faker {
    const english = loadedEnglish()
    if (english) return (this.#faker ??= createFaker(english, this.#seed))
    throw new TalkMockError(
      'use world.faker',
      'the English faker is loaded on demand and no world has needed it yet',
      'Await `world.loadFaker()` first (it resolves to the same faker).',
    )
  }

  /**
   * Loads faker's English locale (once) and resolves to the seeded faker.
   * @example
   * const faker = await streams.loadFaker()
   */
  async loadFaker(): Promise<Faker> {
    await loadEnglishFaker()
    return this.faker
  }

  /**
   * Switches both streams from building to serving (a second call changes nothing).
   * @example
   * streams.finishBuilding()
   */
  finishBuilding(): void {
    if (this.#serving) return
    this.#serving = true
    this.#seed = servingSeed(this.buildSeed)
    this.random = createRandom(this.#seed)
    this.#faker = undefined
  }
}

/** The seed both streams restart from once a world is built: another stream than building's. */
function servingSeed(seed: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + 1) >>> 0
}
