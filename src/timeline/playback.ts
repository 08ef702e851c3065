/**
 * How fast a running clock goes: a time source that follows real time at `speed`, and stands
 * still while paused. A running clock follows it instead of real time itself.
 * @example
 * const playback = createPlayback(() => Date.now())
 * world.clock.run(playback.source)
 * playback.setSpeed(4) // a minute of the world in 15 s
 */
export interface Playback {
  /** The time (ms) a running clock follows; it goes on smoothly across speed changes and pauses. */
  source(): number
  readonly speed: number
  readonly paused: boolean
  setSpeed(speed: number): void
  pause(): void
  play(): void
}

/**
 * Creates a playback on a real time source (epoch ms), playing at speed 1.
 * @example
 * const playback = createPlayback(() => Date.now())
 */
export function createPlayback(realTime: () => number): Playback {
  let speed = 1
  let paused = false
  let base = realTime()
  let played = base
  const source = () => (paused ? played : played + (realTime() - base) * speed)
  return {
    source,
    get speed() {
      return speed
    },
    get paused() {
      return paused
    },
    setSpeed(next) {
      played = source()
      base = realTime()
      speed = next
    },
    pause() {
      played = source()
      paused = true
    },
    play() {
      if (!paused) return
      base = realTime()
      paused = false
    },
  }
}
