import { compareGetCall } from '../harness/get-call.js'
import { describeComparison, round } from '../harness/figures.js'
import { timing, type BenchRow, type Figure } from '../harness/row.js'
import { callWorld } from '../harness/worlds.js'

const SIZES = [10, 100, 1000, 5000]
const OTHER_CONVERSATIONS = 1000

/**
 * How `GET /call/{token}` grows: its time for 10 to 5000 peers (beside a static handler with
 * the same bytes), and the same 10-peer call in a world with 1000 other conversations in calls
 * against a world with that call alone, which should cost the same.
 * @example
 * const figures = await growthRow.run(context)
 */
export const growthRow: BenchRow = {
  id: 'growth',
  title: 'How GET /call grows',
  async run(context) {
    const figures: Figure[] = []
    for (const peers of SIZES) {
      context.log(`GET /call with ${peers} peers`)
      const comparison = await compareGetCall(callWorld({ peers }), timing(context))
      const details = { ...describeComparison(comparison), responseBytes: comparison.bytes }
      figures.push({
        id: `growth-${peers}`,
        what: `\`GET /call/{token}\`, ${peers} peers (${Math.round(comparison.bytes / 1024)} KB answer)`,
        comparedWith: 'static msw handler, byte-identical answer',
        value: details.subjectUs,
        unit: 'µs',
        details: { ...details, ratio: round(comparison.ratio, 3) },
      })
    }
    context.log(`GET /call with ${OTHER_CONVERSATIONS} other conversations in the world`)
    const crowdedWorld = callWorld({ peers: 10, otherConversations: OTHER_CONVERSATIONS })
    const comparison = await compareGetCall(crowdedWorld, timing(context), callWorld({ peers: 10 }))
    figures.push({
      id: 'growth-other-conversations',
      what: `\`GET /call/{token}\`, 10 peers, ${OTHER_CONVERSATIONS} other conversations (5 in each call)`,
      comparedWith: 'the same call in a world without them',
      value: round(comparison.ratio, 3),
      unit: 'ratio',
      goal: { max: 1.1 },
      details: describeComparison(comparison),
    })
    return figures
  },
}
