import type { World } from '../world/world.js'
import type { EventContext } from './peer-client.js'
import type { Playback } from './playback.js'
import { runEvent } from './run-event.js'
import { nextDue, nextPending, timeAt } from './timeline.js'
import type { TimelineEvent } from './timeline-schema.js'

/** The longest wait `setTimeout` takes (about 24.8 days); a later event is looked at again then. */
const LONGEST_TIMER = 2 ** 31 - 1

/**
 * Runs a mock's timeline. Moving the clock runs every event due on the way, in order, each at
 * its own time (the clock stops there while the event's requests are answered), before the
 * clock reaches where it was sent; requests wait for that (`settle`). On a running clock a
 * timer runs events as their time comes.
 * @example
 * const runner = createTimelineRunner({ world: () => mock.world, context, hold, release, notify, playback })
 * await runner.moveTo(mock.world.clock.now() + 31_000)
 */
export interface TimelineRunner {
  /** Moves the current world's clock to `target` (epoch ms), running the events due on the way; it starts at once. */
  moveTo(target: number): Promise<void>
  /**
   * Sets the clock to `time` (epoch ms), whatever a move under way was heading for: forward, the
   * events due on the way run; back, the events that ran stay run and the others wait again.
   */
  setTo(time: number): Promise<void>
  /** Resolves once no event is running and none is due now (it runs those first). */
  settle(): Promise<void>
  /** Moves the clock to the next event that has not run and runs it; resolves to it (undefined when none is left). */
  step(): Promise<TimelineEvent | undefined>
  /** Arms the real-time timer for the next event (on a running, playing clock); call after any change of time or timeline. */
  schedule(): void
}

/**
 * Creates the runner of one mock.
 * @example
 * const runner = createTimelineRunner(options)
 */
export function createTimelineRunner(options: {
  world(): World | undefined
  context(world: World): EventContext
  /** Holds signaling wake-ups back while events run, so polls see the end of a move, never half of it. */
  hold(): void
  release(): void
  notify(change: 'timeline' | 'clock'): void
  playback: Playback
}): TimelineRunner {
  let goal = -Infinity
  // The world whose loop runs: a loop stops at a world change, and another world's moves wait for that.
  let active: World | undefined
  let running: Promise<void> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  let stepping: Promise<unknown> = Promise.resolve()

  const loop = async (world: World) => {
    options.hold()
    let ran = false
    try {
      while (options.world() === world) {
        const due = nextDue(world.timeline, goal)
        if (!due) break
        const time = timeAt(world.timeline, due.event)
        if (time > world.clock.now()) world.clock.set(time)
        due.event.result = await runSafely(options.context(world), due.event, due.index)
        ran = true
        options.notify('timeline')
      }
      if (options.world() === world && goal > world.clock.now()) world.clock.set(goal)
    } finally {
      // Synchronously, on the way out: a move asked for from now on starts a loop of its own.
      active = undefined
      goal = -Infinity
      options.release()
      if (ran) options.notify('clock')
      schedule()
    }
  }

  const moveTo = (target: number): Promise<void> => {
    const world = options.world()
    if (!world) return Promise.resolve()
    if (active === world) {
      goal = Math.max(goal, target)
      return running
    }
    // The world before this one is still running an event: its goal is not this world's.
    if (active) return running.then(() => (options.world() === world ? moveTo(target) : undefined))
    goal = target
    active = world
    running = loop(world)
    return running
  }

  const settle = (): Promise<void> => {
    const world = options.world()
    if (world && nextDue(world.timeline, world.clock.now())) return moveTo(world.clock.now())
    return active ? running : Promise.resolve()
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const world = options.world()
    if (!world || world.clock.mode !== 'running' || options.playback.paused) return
    const next = nextPending(world.timeline)
    if (!next) return
    const wait = Math.max(0, (timeAt(world.timeline, next) - world.clock.now()) / options.playback.speed)
    timer = setTimeout(
      () => {
        timer = undefined
        if (options.world() === world) void moveTo(world.clock.now())
      },
      Math.min(Math.ceil(wait), LONGEST_TIMER),
    )
    // A pending event never keeps a Node process alive.
    ;(timer as { unref?: () => void }).unref?.()
  }

  return {
    moveTo,
    settle,
    setTo(time) {
      const world = options.world()
      if (world && active === world) goal = time
      if (world && time < world.clock.now()) world.clock.set(time)
      return moveTo(time)
    },
    schedule,
    step() {
      // Steps asked for at once run one after another: each looks for its event once the last one ran.
      const stepped = stepping.then(stepOnce)
      stepping = stepped.catch(() => undefined)
      return stepped
    },
  }

  async function stepOnce(): Promise<TimelineEvent | undefined> {
    await settle()
    const world = options.world()
    const next = world && nextPending(world.timeline)
    if (!world || !next) return undefined
    await moveTo(Math.max(world.clock.now(), timeAt(world.timeline, next)))
    return next
  }
}

/** An event that throws (a bug, not a refusal: refusals are answers) is recorded as failed; the timeline goes on. */
async function runSafely(context: EventContext, event: TimelineEvent, index: number) {
  try {
    return await runEvent(context, event, index)
  } catch (error) {
    console.error(`[talk-mock] Failed to run timeline event ${index + 1} (${event.kind}):`, error)
    return { ok: false, status: 0 }
  }
}
