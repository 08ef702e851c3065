import { TalkMockError } from '../errors.js'

/**
 * The world's own time. It never moves by itself: tests and the playground move it, so peers
 * go stale exactly when someone says so and every answer is reproducible.
 * @example
 * const clock = createClock(Date.UTC(2026, 0, 1, 10))
 * clock.advance(31_000)
 * clock.seconds() // 1767261631
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Whole seconds since the epoch, as Talk stores times. */
  seconds(): number
  /** Moves time forward by `ms`. */
  advance(ms: number): void
  /** Sets time to `epochMs`. */
  set(epochMs: number): void
}

/**
 * The start time of a world that names none: 2026-01-01 10:00:00 UTC.
 * @example
 * createClock(DEFAULT_CLOCK_START).seconds() // 1767261600
 */
export const DEFAULT_CLOCK_START = Date.UTC(2026, 0, 1, 10, 0, 0)

/**
 * Creates a clock standing at `start` (epoch milliseconds).
 * @example
 * const clock = createClock()
 */
export function createClock(start: number = DEFAULT_CLOCK_START): Clock {
  let current = checkTime(start, 'create the clock')
  return {
    now: () => current,
    seconds: () => Math.floor(current / 1000),
    advance(ms) {
      if (!Number.isSafeInteger(ms) || ms < 0 || !Number.isSafeInteger(current + ms)) {
        throw new TalkMockError(
          'advance the clock',
          `${String(ms)} is not a duration`,
          'Pass a whole number of milliseconds >= 0.',
        )
      }
      current += ms
    },
    set(epochMs) {
      current = checkTime(epochMs, 'set the clock')
    },
  }
}

function checkTime(value: number, action: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TalkMockError(
      action,
      `${String(value)} is not a time`,
      'Pass epoch milliseconds, e.g. Date.UTC(2026, 0, 1).',
    )
  }
  return value
}
