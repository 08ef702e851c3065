import type { World } from '../world/world.js'
import type { Playback } from './playback.js'
import { timeAt } from './timeline.js'
import type { TimelineEvent } from './timeline-schema.js'

/**
 * A timeline as the control routes and the playground show it: where the clock stands in it,
 * each event with its time and outcome (`done`, `failed`, or `pending`; the first pending one is
 * `next`), and how the clock plays.
 * @example
 * const view: TimelineView = describeTimeline(mock.world, playback)
 * view.events.filter((event) => event.outcome === 'pending')
 */
export interface TimelineView {
  /** Epoch ms the timeline started at. */
  start: number
  /** Milliseconds the clock stands after the start. */
  elapsed: number
  events: Array<TimelineEvent & { index: number; time: number; outcome: 'done' | 'failed' | 'pending' }>
  /** The index of the next event to run, or null when every event ran. */
  next: number | null
  mode: 'still' | 'running'
  /** Whether the clock moves by itself now (running and not paused). */
  playing: boolean
  speed: number
}

/**
 * Describes a world's timeline.
 * @example
 * const view = describeTimeline(world, playback)
 */
export function describeTimeline(world: World, playback: Playback): TimelineView {
  const { timeline, clock } = world
  const events = timeline.events.map((event, index) => ({
    ...structuredClone(event),
    index,
    time: timeAt(timeline, event),
    outcome:
      event.result === undefined ? ('pending' as const) : event.result.ok ? ('done' as const) : ('failed' as const),
  }))
  const next = events.find((event) => event.outcome === 'pending')?.index ?? null
  return {
    start: timeline.start,
    elapsed: clock.now() - timeline.start,
    events,
    next,
    mode: clock.mode,
    playing: clock.mode === 'running' && !playback.paused,
    speed: playback.speed,
  }
}
