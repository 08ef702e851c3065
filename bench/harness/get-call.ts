import type { RequestHandler } from 'msw'
import { createTalkMock, type WorldJson } from '../../src/index.js'
import { interleave, type Comparison } from './interleave.js'
import { withServer } from './msw-server.js'
import { assertSameAnswer, callTalk, replayHandler } from './talk-http.js'
import { BENCH_TOKEN } from './worlds.js'

const PATH = `/call/${BENCH_TOKEN}`

/**
 * `GET /call/benchcall` through `setupServer`: the mock built from `world` against a static
 * handler replaying the mock's own answer byte for byte (same status, headers and body), or
 * against a mock built from `baselineWorld` when given (which must answer the same bytes).
 * @example
 * const { ratio, bytes } = await compareGetCall(callWorld({ peers: 10 }), { rounds: 20, batchMs: 100 })
 */
export async function compareGetCall(
  world: WorldJson,
  timing: { rounds: number; batchMs: number },
  baselineWorld?: WorldJson,
): Promise<Comparison & { bytes: number }> {
  const subject = await mockHandlers(world)
  return withServer(async (server) => {
    server.resetHandlers(...subject)
    const expected = await callTalk('GET', PATH)
    if (expected.status !== 200) throw new Error(`GET ${PATH} answered ${expected.status}`)
    const baseline = baselineWorld ? await mockHandlers(baselineWorld) : [replayHandler('GET', PATH, expected)]
    server.resetHandlers(...baseline)
    assertSameAnswer(await callTalk('GET', PATH), expected, `GET ${PATH}`)
    const comparison = await interleave({
      baseline: { prepare: () => server.resetHandlers(...baseline), operation: () => callTalk('GET', PATH) },
      subject: { prepare: () => server.resetHandlers(...subject), operation: () => callTalk('GET', PATH) },
      ...timing,
    })
    server.resetHandlers(...subject)
    assertSameAnswer(await callTalk('GET', PATH), expected, `GET ${PATH} after the run`)
    return { ...comparison, bytes: Buffer.byteLength(expected.body) }
  })
}

async function mockHandlers(world: WorldJson): Promise<RequestHandler[]> {
  const mock = createTalkMock({ world })
  await mock.ready
  return mock.handlers
}
