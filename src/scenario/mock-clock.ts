import type { Clock } from '../world/clock.js'
import { shiftWorldTimes } from '../world/shift-world-times.js'
import type { World } from '../world/world.js'

/**
 * Puts a freshly built world on real time: its start becomes now and every time in it moves by
 * the same whole seconds, so the world's story (a call started 5 minutes ago, a lobby lifting in
 * 10) reads the same against a browser's clock.
 * @example
 * if (clockMode === 'running') await startRunning(world)
 */
export async function startRunning(world: World): Promise<void> {
  // The one place the mock reads real time: a running clock's source.
  const realTime = () => Date.now()
  const now = realTime()
  await shiftWorldTimes(world, Math.floor(now / 1000) - world.clock.seconds())
  world.clock.set(now)
  world.clock.run(realTime)
}

/**
 * The world's clock, telling the mock's listeners whenever it is moved.
 * @example
 * get clock() { return notifyingClock(world.clock, () => notify('clock')) }
 */
export function notifyingClock(clock: Clock, notify: () => void): Clock {
  return {
    now: () => clock.now(),
    seconds: () => clock.seconds(),
    get mode() {
      return clock.mode
    },
    run(realTime) {
      clock.run(realTime)
      notify()
    },
    advance(ms) {
      clock.advance(ms)
      notify()
    },
    set(epochMs) {
      clock.set(epochMs)
      notify()
    },
  }
}
