import { z } from 'zod/mini'

const int = (min: number, max?: number) =>
  max === undefined ? z.int().check(z.gte(min)) : z.int().check(z.gte(min), z.lte(max))

/** A user id, or `guest:<name>` for a guest the timeline let in with `guest-join`. */
const actor = z.string().check(z.minLength(1))

/** What every event has: when (ms after the timeline's start), where, and once run, how it went. */
const common = {
  /** Milliseconds after the timeline's start (the world's clock when it was built). */
  at: int(0),
  /** The conversation; the world's first one when missing. */
  token: z.optional(z.string().check(z.minLength(1))),
  /** Set once the event ran: whether every request it made succeeded, and the last status. */
  result: z.optional(z.strictObject({ ok: z.boolean(), status: int(0, 999) })),
}

/** A moderator's event names who acts (`by`); the conversation's first owner or moderator when missing. */
const byModerator = { ...common, by: z.optional(actor) }

/**
 * One event of a timeline: a change a real peer or a real moderator would make, run at its
 * time through the same endpoints (and so the same rules) as a client's requests.
 * @example
 * timelineEventSchema.parse({ at: 15_000, kind: 'join', actor: 'peer2', flags: 3 })
 */
export const timelineEventSchema = z.discriminatedUnion('kind', [
  /** Joins the conversation, then the call with `flags` (0: the conversation only). */
  z.strictObject({ ...common, kind: z.literal('join'), actor, flags: z.optional(int(0, 15)) }),
  /** A guest (named for later events as `guest:<name>`) joins the public conversation, then the call. */
  z.strictObject({
    ...common,
    kind: z.literal('guest-join'),
    guest: z.string().check(z.minLength(1)),
    flags: z.optional(int(0, 15)),
  }),
  /** Changes the peer's call flags (mutes, turns the camera on or off). */
  z.strictObject({ ...common, kind: z.literal('flags'), actor, flags: int(1, 15) }),
  /** Leaves the call, staying in the conversation. */
  z.strictObject({ ...common, kind: z.literal('leave-call'), actor }),
  /** Stops pinging: the peer drops out of the call 30 s later, as a crashed client does. */
  z.strictObject({ ...common, kind: z.literal('silent'), actor }),
  /** The peer's client mutes its microphone (`audio`) or camera (`video`), as its user would. */
  z.strictObject({ ...common, kind: z.literal('mute'), actor, media: z.enum(['audio', 'video']) }),
  /** The peer's client unmutes its microphone or camera. */
  z.strictObject({ ...common, kind: z.literal('unmute'), actor, media: z.enum(['audio', 'video']) }),
  /** The peer speaks for `duration` ms (its media engine, where there is one, sends a voice and `speaking`). */
  z.strictObject({ ...common, kind: z.literal('speak'), actor, duration: int(1) }),
  /** The peer starts or stops sharing its screen (a separate peer connection in a page). */
  z.strictObject({ ...common, kind: z.literal('screen-share'), actor, state: z.enum(['start', 'stop']) }),
  /** The peer's connections fail from now on (ICE failure), as behind a firewall without TURN. */
  z.strictObject({ ...common, kind: z.literal('connection-fails'), actor }),
  /** Comes back with a new session (a new client), and joins the call with `flags`. */
  z.strictObject({ ...common, kind: z.literal('return'), actor, flags: z.optional(int(0, 15)) }),
  /** Leaves the conversation (closes its session). */
  z.strictObject({ ...common, kind: z.literal('leave'), actor }),
  /** A moderator ends the call for everyone. */
  z.strictObject({ ...byModerator, kind: z.literal('end-call') }),
  /** A moderator locks (1) or unlocks (0) the conversation. */
  z.strictObject({ ...byModerator, kind: z.literal('read-only'), state: int(0, 1) }),
  /** A moderator turns the lobby on (1) or off (0); `liftsAfter` seconds sets its timer. */
  z.strictObject({ ...byModerator, kind: z.literal('lobby'), state: int(0, 1), liftsAfter: z.optional(int(1)) }),
  /** A moderator promotes `actor` to moderator. */
  z.strictObject({ ...byModerator, kind: z.literal('promote'), actor }),
  /** A moderator demotes `actor`. */
  z.strictObject({ ...byModerator, kind: z.literal('demote'), actor }),
  /** A moderator sets the conversation's default permissions. */
  z.strictObject({ ...byModerator, kind: z.literal('permissions'), permissions: int(0, 255) }),
])

/**
 * A timeline as world JSON holds it: its start (epoch ms; the world's clock when missing) and
 * its events. A plain list of events is a timeline starting with the world.
 * @example
 * timelineJsonSchema.parse([{ at: 15_000, kind: 'join', actor: 'peer2' }])
 */
export const timelineJsonSchema = z.union([
  z.array(timelineEventSchema),
  z.strictObject({ start: z.optional(int(0)), events: z.array(timelineEventSchema) }),
])

/** One timeline event. @example const event: TimelineEvent = { at: 0, kind: 'silent', actor: 'peer4' } */
export type TimelineEvent = z.output<typeof timelineEventSchema>
/** The kinds of timeline events. @example const kind: TimelineEventKind = 'end-call' */
export type TimelineEventKind = TimelineEvent['kind']
/** A timeline in world JSON. @example const timeline: TimelineJson = { events: [] } */
export type TimelineJson = z.input<typeof timelineJsonSchema>
