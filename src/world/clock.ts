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
 * The last time (epoch ms) a JS `Date` can hold, +275760-09-13: the clock never goes past it,
 * so every time the world shows can be formatted as a date.
 * @example
 * new Date(LAST_CLOCK_TIME).toISOString() // '+275760-09-13T00:00:00.000Z'
 */
export const LAST_CLOCK_TIME = 8_640_000_000_000_000

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
      if (!Number.isSafeInteger(ms) || ms < 0) {
        throw new TalkMockError(
          'advance the clock',
          `${String(ms)} is not a duration`,
          'Pass a whole number of milliseconds >= 0.',
        )
      }
      if (current + ms > LAST_CLOCK_TIME) {
        throw new TalkMockError(
          'advance the clock',
          `${ms} ms from now is past the last time a Date can hold`,
          `Advance by at most ${LAST_CLOCK_TIME - current} ms.`,
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
  if (!Number.isSafeInteger(value) || value < 0 || value > LAST_CLOCK_TIME) {
    throw new TalkMockError(
      action,
      `${String(value)} is not a time`,
      `Pass epoch milliseconds from 0 to ${LAST_CLOCK_TIME} (what a Date can hold), e.g. Date.UTC(2026, 0, 1).`,
    )
  }
  return value
}
