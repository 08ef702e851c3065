import { z } from 'zod/mini'
import { validate } from '../world/validate.js'
import { timelineEventSchema, type TimelineEvent, type TimelineJson } from './timeline-schema.js'

/**
 * A world's timeline: when it started (epoch ms, the world's clock when it was built) and its
 * events in the order they run (by `at`, then as given). An event that ran holds its `result`.
 * @example
 * const timeline: Timeline = { start: Date.UTC(2026, 0, 1, 10), events: [{ at: 15_000, kind: 'join', actor: 'peer2' }] }
 */
export interface Timeline {
  start: number
  events: TimelineEvent[]
}

/**
 * The timeline a world JSON describes (a list, or `{ start, events }`), starting at `start`
 * when it names none; the events sorted by `at`, ties kept in the order given.
 * @example
 * const timeline = readTimeline([{ at: 0, kind: 'silent', actor: 'peer4' }], world.clock.now())
 */
export function readTimeline(json: TimelineJson | undefined, start: number): Timeline {
  if (json === undefined) return { start, events: [] }
  const { start: own, events } = Array.isArray(json) ? { start: undefined, events: json } : json
  return { start: own ?? start, events: inRunningOrder(structuredClone(events) as TimelineEvent[]) }
}

/**
 * The epoch ms an event is due at.
 * @example
 * const due = timeAt(world.timeline, event) <= world.clock.now()
 */
export function timeAt(timeline: Timeline, event: TimelineEvent): number {
  return timeline.start + event.at
}

/**
 * The first event that has not run and is due at `goal` (epoch ms), with its index.
 * @example
 * const due = nextDue(world.timeline, world.clock.now())
 */
export function nextDue(timeline: Timeline, goal: number): { event: TimelineEvent; index: number } | undefined {
  const index = timeline.events.findIndex((event) => event.result === undefined)
  const event = timeline.events[index]
  return event && timeAt(timeline, event) <= goal ? { event, index } : undefined
}

/**
 * The next event that has not run yet, due or not.
 * @example
 * const coming = nextPending(world.timeline)
 */
export function nextPending(timeline: Timeline): TimelineEvent | undefined {
  return timeline.events.find((event) => event.result === undefined)
}

/**
 * Adds events to a timeline (checked; thrown `TalkMockError` names the bad field), each after
 * the events with the same or an earlier `at`. An event whose time has passed runs next.
 * @example
 * addEvents(world.timeline, [{ at: 60_000, kind: 'end-call' }])
 */
export function addEvents(timeline: Timeline, events: unknown): void {
  const checked = validate(z.array(timelineEventSchema), events, 'add timeline events')
  for (const event of checked) delete event.result
  timeline.events = inRunningOrder([...timeline.events, ...checked])
}

/** Events run in array order: those that ran first (as they ran), then the others by `at`, ties as given. */
function inRunningOrder(events: TimelineEvent[]): TimelineEvent[] {
  const ran = events.filter((event) => event.result !== undefined)
  // `Array.prototype.sort` is stable: events at the same time keep the order given.
  const pending = events.filter((event) => event.result === undefined).sort((a, b) => a.at - b.at)
  return [...ran, ...pending]
}
