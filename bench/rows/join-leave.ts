import { createTalkMock } from '../../src/index.js'
import { describeComparison, round } from '../harness/figures.js'
import { interleave } from '../harness/interleave.js'
import { withServer } from '../harness/msw-server.js'
import { timing, type BenchRow } from '../harness/row.js'
import { assertSameAnswer, callTalk, replayHandler } from '../harness/talk-http.js'
import { BENCH_TOKEN, callWorld } from '../harness/worlds.js'

const CALL = `/call/${BENCH_TOKEN}`
const FLAGS = { flags: 3 }

/**
 * Join the call and leave it again (`POST` then `DELETE /call/{token}`, 10 peers in the call),
 * against static handlers replaying the mock's answers to both. The viewer joined the
 * conversation once before, as the web client does before it joins a call.
 * @example
 * const [figure] = await joinLeaveRow.run(context)
 */
export const joinLeaveRow: BenchRow = {
  id: 'join-leave',
  title: 'Join + leave call against static handlers',
  async run(context) {
    const mock = createTalkMock({ world: callWorld({ peers: 10 }) })
    await mock.ready
    const comparison = await withServer(async (server) => {
      server.resetHandlers(...mock.handlers)
      const joined = await callTalk('POST', `/room/${BENCH_TOKEN}/participants/active`)
      if (joined.status !== 200) throw new Error(`joining the conversation answered ${joined.status}`)
      const join = await callTalk('POST', CALL, FLAGS)
      const leave = await callTalk('DELETE', CALL)
      if (join.status !== 200 || leave.status !== 200)
        throw new Error(`join/leave answered ${join.status}/${leave.status}`)
      const replay = [replayHandler('POST', CALL, join), replayHandler('DELETE', CALL, leave)]
      server.resetHandlers(...replay)
      assertSameAnswer(await callTalk('POST', CALL, FLAGS), join, `POST ${CALL}`)
      assertSameAnswer(await callTalk('DELETE', CALL), leave, `DELETE ${CALL}`)
      const roundTrip = async () => {
        await callTalk('POST', CALL, FLAGS)
        await callTalk('DELETE', CALL)
      }
      const result = await interleave({
        baseline: { prepare: () => server.resetHandlers(...replay), operation: roundTrip },
        subject: { prepare: () => server.resetHandlers(...mock.handlers), operation: roundTrip },
        ...timing(context),
      })
      server.resetHandlers(...mock.handlers)
      assertSameAnswer(await callTalk('POST', CALL, FLAGS), join, `POST ${CALL} after the run`)
      return result
    })
    return [
      {
        id: 'join-leave',
        what: 'join call + leave call round trip, 10 peers',
        comparedWith: 'static msw handlers for both',
        value: round(comparison.ratio, 3),
        unit: 'ratio',
        goal: { max: 1.5 },
        details: describeComparison(comparison),
      },
    ]
  },
}
