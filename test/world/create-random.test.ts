import { describe, expect, it } from 'vitest'
import { createRandom } from '../../src/world/create-random.js'

describe('createRandom', () => {
  it('draws the same ids for the same seed', () => {
    const first = createRandom(7)
    const second = createRandom(7)
    expect([first.alphanumeric(255), first.alphanumeric(8, 'lower')]).toEqual([
      second.alphanumeric(255),
      second.alphanumeric(8, 'lower'),
    ])
  })

  it('draws other ids for a neighbouring seed', () => {
    expect(createRandom(1).alphanumeric(32)).not.toBe(createRandom(2).alphanumeric(32))
  })

  it('never repeats an id in a long run', () => {
    const random = createRandom(3)
    const ids = new Set(Array.from({ length: 5000 }, () => random.alphanumeric(16)))
    expect(ids.size).toBe(5000)
  })

  it('uses a-z, A-Z and 0-9, and only a-z and 0-9 in lower case', () => {
    const random = createRandom(1)
    const mixed = random.alphanumeric(4000)
    expect(mixed).toMatch(/^[a-zA-Z0-9]{4000}$/)
    expect(new Set(mixed).size).toBe(62)
    expect(random.alphanumeric(4000, 'lower')).toMatch(/^[a-z0-9]{4000}$/)
  })

  it('gives an empty string for length 0', () => {
    expect(createRandom(1).alphanumeric(0)).toBe('')
  })
})
