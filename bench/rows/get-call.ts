import { compareGetCall } from '../harness/get-call.js'
import { describeComparison, round } from '../harness/figures.js'
import { timing, type BenchRow, type Figure } from '../harness/row.js'
import { callWorld } from '../harness/worlds.js'

const GOALS: ReadonlyArray<{ peers: number; max: number }> = [
  { peers: 10, max: 1.25 },
  { peers: 200, max: 1.15 },
  { peers: 1000, max: 1.15 },
]

/**
 * `GET /call/{token}` through `setupServer` with 10, 200 and 1000 peers in the call, against
 * a static msw handler returning the same bytes.
 * @example
 * const figures = await getCallRow.run(context)
 */
export const getCallRow: BenchRow = {
  id: 'get-call',
  title: 'GET /call/{token} against a static handler',
  async run(context) {
    const figures: Figure[] = []
    for (const { peers, max } of GOALS) {
      context.log(`GET /call with ${peers} peers`)
      const comparison = await compareGetCall(callWorld({ peers }), timing(context))
      figures.push({
        id: `get-call-${peers}`,
        what: `\`GET /call/{token}\` via \`setupServer\`, ${peers} peers`,
        comparedWith: 'static msw handler, byte-identical answer',
        value: round(comparison.ratio, 3),
        unit: 'ratio',
        goal: { max },
        details: { ...describeComparison(comparison), responseBytes: comparison.bytes },
      })
    }
    return figures
  },
}
