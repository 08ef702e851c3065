import { describe, expect, it } from 'vitest'
import { TalkMockError } from '../../src/index.js'
import { createClock } from '../../src/world/clock.js'

describe('a clock', () => {
  it('stands still until told to move', () => {
    const clock = createClock(1_000_000)
    expect(clock.mode).toBe('still')
    clock.advance(31_000)
    expect(clock.now()).toBe(1_031_000)
  })

  it('follows its real time source once running, and moves by hand on top of it', () => {
    let real = 5_000_000
    const clock = createClock(1_000_000)
    clock.run(() => real)
    expect(clock.mode).toBe('running')
    real += 2_500
    expect(clock.now()).toBe(1_002_500)
    clock.advance(10_000)
    expect(clock.now()).toBe(1_012_500)
    clock.set(2_000_000)
    real += 1_000
    expect(clock.now()).toBe(2_001_000)
    expect(clock.seconds()).toBe(2001)
  })

  it('never runs backwards when the real time source does', () => {
    let real = 5_000_000
    const clock = createClock(1_000_000)
    clock.run(() => real)
    real -= 60_000
    expect(clock.now()).toBe(1_000_000)
  })

  it('throws a TalkMockError for a running clock without a time source', () => {
    expect(() => createClock().run(undefined as never)).toThrow(TalkMockError)
  })
})
