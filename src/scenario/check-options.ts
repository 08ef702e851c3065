import { TalkMockError } from '../errors.js'
import { LAST_CLOCK_TIME } from '../world/clock.js'
import type { TalkMockOptions } from './create-talk-mock.js'

/**
 * Checks the options of `createTalkMock` that are used later (when a world is built or a
 * request answered), so a bad one fails at creation with the option named.
 * @example
 * checkOptions({ clockStart: Date.UTC(2026, 0, 1) }) // passes
 */
export function checkOptions(options: TalkMockOptions): void {
  const { clockStart } = options
  if (
    clockStart !== undefined &&
    (!Number.isSafeInteger(clockStart) || clockStart < 0 || clockStart > LAST_CLOCK_TIME)
  ) {
    fail(`clockStart ${String(clockStart)} is not a time`, `Pass epoch milliseconds from 0 to ${LAST_CLOCK_TIME}.`)
  }
}

function fail(reason: string, remedy: string): never {
  throw new TalkMockError('create the mock', reason, remedy)
}
