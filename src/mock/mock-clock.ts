import { TalkMockError } from '../errors.js'
import { isSpeed } from './is-speed.js'
import { createPlayback, type Playback } from '../timeline/playback.js'
import type { TimelineRunner } from '../timeline/timeline-runner.js'
import { advancedTime, checkTime, type Clock } from '../world/clock.js'
import { shiftWorldTimes } from '../world/shift-world-times.js'
import type { World } from '../world/world.js'
import type { MockClock } from './talk-mock-types.js'

/**
 * The playback of a mock's running clocks, on real time: the one place the mock reads it.
 * @example
 * const playback = createRealPlayback()
 */
export function createRealPlayback(): Playback {
  return createPlayback(() => Date.now())
}

/**
 * Puts a freshly built world on real time: its start becomes now and every time in it moves by
 * the same whole seconds, so the world's story (a call started 5 minutes ago, a lobby lifting in
 * 10) reads the same against a browser's clock. From then on it follows `source` (the mock's
 * playback: real time at its speed, or standing while paused).
 * @example
 * if (clockMode === 'running') await startRunning(world, playback.source)
 */
export async function startRunning(world: World, source: () => number): Promise<void> {
  const now = Date.now()
  await shiftWorldTimes(world, Math.floor(now / 1000) - world.clock.seconds())
  world.clock.set(now)
  world.clock.run(source)
}

/**
 * The clock as the mock hands it out, one object for the mock's life: each call acts on the
 * clock of the world serving then (a clock held across a switch, a load or a reset moves the
 * new world, from where that one stands). Moving it runs the timeline's events due on the way
 * (each at its own time) and tells the mock's listeners. `advance` and `set` move at once and
 * return a promise of the events having run; requests wait for that by themselves.
 * @example
 * const clock = mockClock({ world: () => worlds.current(), runner, playback, notify: () => notify('clock') })
 */
export function mockClock(options: {
  world(): World
  runner: TimelineRunner
  playback: Playback
  /** Tells the mock's listeners that the clock moved or plays otherwise. */
  notify(): void
  /** Wakes what waits on the world's time (signaling polls) when the playback changed, which is no change of the world. */
  wake(): void
}): MockClock {
  const { runner, playback, notify, wake } = options
  const clockOf = (): Clock => options.world().clock
  const moved = (done: Promise<void>) => {
    notify()
    return done
  }
  return {
    now: () => clockOf().now(),
    seconds: () => clockOf().seconds(),
    get mode() {
      return clockOf().mode
    },
    get settled() {
      return runner.settle()
    },
    get playing() {
      return clockOf().mode === 'running' && !playback.paused
    },
    get speed() {
      return playback.speed
    },
    set speed(speed) {
      if (!isSpeed(speed)) {
        throw new TalkMockError(
          'set the speed',
          `${String(speed)} is not a speed`,
          'Pass a number above 0, up to 1000 (1 is real time).',
        )
      }
      playback.setSpeed(speed)
      runner.schedule()
      wake()
      notify()
    },
    run(realTime) {
      clockOf().run(realTime)
      runner.schedule()
      notify()
    },
    advance: (ms) => moved(runner.moveTo(advancedTime(clockOf().now(), ms))),
    // Back in time, the events that ran stay run; the others wait for their time again.
    set: (epochMs) => moved(runner.setTo(checkTime(epochMs, 'set the clock'))),
    play() {
      const clock = clockOf()
      if (clock.mode === 'still') clock.run(playback.source)
      playback.play()
      runner.schedule()
      wake()
      notify()
    },
    pause() {
      playback.pause()
      runner.schedule()
      wake()
      notify()
    },
    async step() {
      const event = await runner.step()
      notify()
      return event
    },
  }
}
