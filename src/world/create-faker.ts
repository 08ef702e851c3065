import type { Faker } from '@faker-js/faker'
import { faker as englishFaker } from '@faker-js/faker/locale/en'

type FakerConstructor = new (options: { locale: Faker['rawDefinitions'] }) => Faker

/**
 * A faker of the world's own, seeded, English only. The shared module instance is never
 * seeded or used for data, so two mocks never disturb each other's sequences.
 * @example
 * createFaker(42).person.fullName() // the same name on every run
 */
export function createFaker(seed: number): Faker {
  const FakerClass = englishFaker.constructor as FakerConstructor
  const faker = new FakerClass({ locale: englishFaker.rawDefinitions })
  faker.seed(seed)
  return faker
}
