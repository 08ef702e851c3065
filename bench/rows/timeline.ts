import type { TimelineEvent, WorldJson } from '../../src/index.js'
import { compareGetCall } from '../harness/get-call.js'
import { describeComparison, round } from '../harness/figures.js'
import { timing, type BenchRow, type Figure } from '../harness/row.js'
import { BENCH_TOKEN, callWorld } from '../harness/worlds.js'

const PEERS = 200
/** Events of the timeline: half of them ran already, half are still to come. */
const EVENTS = 400

/**
 * The call world of `get-call` with a timeline half-way through: events that ran (they changed
 * nothing the answer shows) and events still to come (due an hour later, so none runs while
 * measuring), which every request checks before it is answered.
 */
function timelineWorld(): WorldJson {
  const world = callWorld({ peers: PEERS })
  const events: TimelineEvent[] = []
  for (let index = 0; index < EVENTS; index++) {
    const ran = index < EVENTS / 2
    events.push({
      at: ran ? 0 : 3_600_000 + index * 1_000,
      kind: 'flags',
      token: BENCH_TOKEN,
      actor: `peer${(index % PEERS) + 1}`,
      flags: 3,
      ...(ran && { result: { ok: true, status: 200 } }),
    })
  }
  return { ...world, timeline: { events } }
}

/**
 * `GET /call/{token}` (200 peers) from a world whose timeline is under way, side by side with the
 * same world standing still (no timeline), and against a static handler with get-call's goal.
 * @example
 * const figures = await timelineRow.run(context)
 */
export const timelineRow: BenchRow = {
  id: 'timeline',
  title: 'GET /call/{token} with a timeline under way',
  async run(context) {
    const figures: Figure[] = []
    context.log(`GET /call with ${PEERS} peers and ${EVENTS} timeline events, against the still world`)
    const still = await compareGetCall(timelineWorld(), timing(context), callWorld({ peers: PEERS }))
    figures.push({
      id: `timeline-vs-still-${PEERS}`,
      what: `\`GET /call/{token}\` via \`setupServer\`, ${PEERS} peers, ${EVENTS} timeline events (half run)`,
      comparedWith: 'the same world without a timeline, byte-identical answer',
      value: round(still.ratio, 3),
      unit: 'ratio',
      goal: { max: 1.1 },
      details: { ...describeComparison(still), responseBytes: still.bytes },
    })
    context.log(`GET /call with ${PEERS} peers and ${EVENTS} timeline events, against a static handler`)
    const replay = await compareGetCall(timelineWorld(), timing(context))
    figures.push({
      id: `timeline-get-call-${PEERS}`,
      what: `\`GET /call/{token}\` via \`setupServer\`, ${PEERS} peers, ${EVENTS} timeline events (half run)`,
      comparedWith: "static msw handler, byte-identical answer (get-call's goal)",
      value: round(replay.ratio, 3),
      unit: 'ratio',
      goal: { max: 1.15 },
      details: { ...describeComparison(replay), responseBytes: replay.bytes },
    })
    return figures
  },
}
