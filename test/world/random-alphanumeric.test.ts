import { describe, expect, it } from 'vitest'
import { createFaker } from '../../src/world/create-faker.js'
import { randomAlphanumeric } from '../../src/world/random-alphanumeric.js'

describe('randomAlphanumeric', () => {
  it("gives what faker's string.alphanumeric gives for the same seed, and leaves the stream in step", () => {
    for (const seed of [1, 2, 7, 42, 1234]) {
      const ours = createFaker(seed)
      const fakers = createFaker(seed)
      for (const length of [1, 8, 32, 255]) {
        expect(randomAlphanumeric(ours, length)).toBe(fakers.string.alphanumeric(length))
      }
      expect(ours.person.fullName()).toBe(fakers.person.fullName())
    }
  })

  it('gives an empty string for length 0', () => {
    expect(randomAlphanumeric(createFaker(1), 0)).toBe('')
  })
})
