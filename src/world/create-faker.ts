import type { Faker } from '@faker-js/faker'

type FakerConstructor = new (options: { locale: Faker['rawDefinitions'] }) => Faker

let englishFaker: Promise<Faker> | undefined
let loadedEnglishFaker: Faker | undefined

/**
 * Loads faker's English locale entry, once per process or page and only when a world first
 * needs a made-up name: it is by far the largest part of the mock (150 KB gzip in a browser
 * bundle, where it becomes a chunk of its own), and worlds built from JSON or a saved world
 * never need it. A failed load (a chunk the network dropped) is tried again next time.
 * @example
 * const faker = createFaker(await loadEnglishFaker(), 42)
 */
export function loadEnglishFaker(): Promise<Faker> {
  englishFaker ??= import('@faker-js/faker/locale/en').then(
    (module) => (loadedEnglishFaker = module.faker),
    (error: unknown) => {
      englishFaker = undefined
      throw error
    },
  )
  return englishFaker
}

/**
 * faker's English locale once this process or page has loaded it, else `undefined`.
 * @example
 * const english = loadedEnglish() // after `await loadEnglishFaker()`
 */
export function loadedEnglish(): Faker | undefined {
  return loadedEnglishFaker
}

/**
 * A faker of the world's own, seeded, English only. The shared module instance is never
 * seeded or used for data, so two mocks never disturb each other's sequences.
 * @example
 * createFaker(await loadEnglishFaker(), 42).person.fullName() // the same name on every run
 */
export function createFaker(english: Faker, seed: number): Faker {
  const FakerClass = english.constructor as FakerConstructor
  const faker = new FakerClass({ locale: english.rawDefinitions })
  faker.seed(seed)
  return faker
}
