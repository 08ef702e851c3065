import { TalkMockError } from '../errors.js'

/**
 * How a clock moves: `still` only when told (runs replay byte for byte), `running` with real
 * time as well (server times agree with a browser's `Date.now()`).
 * @example
 * const mode: ClockMode = 'running'
 */
export type ClockMode = 'still' | 'running'

/**
 * The world's own time. A still clock moves only when told; a running one also follows a real
 * time source it is handed (world code never reads `Date.now()` itself). Moving it by hand
 * works in both modes.
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
  /** Sets time to `epochMs`; a running clock goes on from there. */
  set(epochMs: number): void
  /** `still` or `running`. */
  readonly mode: ClockMode
  /** Lets the clock follow `realTime` (epoch ms) from its current time on. */
  run(realTime: () => number): void
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
 * Creates a still clock standing at `start` (epoch milliseconds); `run()` makes it follow real
 * time. `onMove` hears every move by hand (not the running of real time).
 * @example
 * const clock = createClock()
 * clock.run(() => Date.now())
 */
export function createClock(start: number = DEFAULT_CLOCK_START, onMove?: () => void): Clock {
  let anchor = checkTime(start, 'create the clock')
  let realTime: (() => number) | undefined
  let realAnchor = 0
  const now = () => (realTime ? anchor + Math.max(0, Math.floor(realTime() - realAnchor)) : anchor)
  const moveTo = (epochMs: number) => {
    anchor = epochMs
    if (realTime) realAnchor = realTime()
    onMove?.()
  }
  return {
    now,
    seconds: () => Math.floor(now() / 1000),
    get mode(): ClockMode {
      return realTime ? 'running' : 'still'
    },
    advance(ms) {
      moveTo(advancedTime(now(), ms))
    },
    set(epochMs) {
      moveTo(checkTime(epochMs, 'set the clock'))
    },
    run(source) {
      if (typeof source !== 'function') {
        throw new TalkMockError('run the clock', 'no real time source given', 'Pass e.g. `() => Date.now()`.')
      }
      const current = now()
      realTime = source
      moveTo(current)
    },
  }
}

/**
 * The time `ms` after `current`, or a `TalkMockError` when `ms` is no duration or the time would
 * be past what a `Date` can hold.
 * @example
 * advancedTime(clock.now(), 31_000)
 */
export function advancedTime(current: number, ms: number): number {
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
  return current + ms
}

/**
 * `value` when it is a time a clock can be set to, else a `TalkMockError` for `action`.
 * @example
 * checkTime(Date.UTC(2026, 0, 1), 'set the clock')
 */
export function checkTime(value: number, action: string): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > LAST_CLOCK_TIME) {
    throw new TalkMockError(
      action,
      `${String(value)} is not a time`,
      `Pass epoch milliseconds from 0 to ${LAST_CLOCK_TIME} (what a Date can hold), e.g. Date.UTC(2026, 0, 1).`,
    )
  }
  return value
}
