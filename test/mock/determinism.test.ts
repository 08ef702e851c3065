import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTalkMock, scenarios, type ScenarioName, type TalkMock } from '../../src/index.js'
import { BASE } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

/** Serves `mock` and records each answer a client gets, raw: method, path, status and body. */
function recordAnswers(mock: TalkMock) {
  server.resetHandlers(...mock.handlers)
  const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
  const answers: string[] = []
  const ask = async (method: string, path: string) => {
    const response = await fetch(`${BASE}${path}`, { method, headers })
    answers.push(`${method} ${path} ${response.status} ${await response.text()}`)
  }
  return { answers, ask }
}

/** The raw answers a client gets in a scenario: peers, the conversation, joining it, then both again. */
async function answers(mock: TalkMock, token: string): Promise<string[]> {
  const { answers, ask } = recordAnswers(mock)
  await ask('GET', `/call/${token}`)
  await ask('GET', `/room/${token}`)
  await ask('POST', `/room/${token}/participants/active`)
  await ask('POST', `/call/${token}`)
  await ask('GET', `/call/${token}`)
  await ask('GET', `/room/${token}`)
  return answers
}

// Seed 1 builds from the prebuilt worlds, 42 runs the world functions; the second time round,
// both come from the mock's image of the first build.
it.each(scenarios.flatMap((scenario) => [1, 42].map((seed) => [scenario.name, seed] as const)))(
  'answers byte for byte the same twice in %s with seed %i',
  async (name, seed) => {
    const mock = createTalkMock({ scenario: name, seed })
    await mock.ready
    const token = mock.scenario.token
    const first = await answers(mock, token)
    await mock.useScenario(name, { seed })
    expect(await answers(mock, token)).toEqual(first)
    const fresh = createTalkMock({ scenario: name, seed })
    await fresh.ready
    expect(await answers(fresh, token)).toEqual(first)
  },
)

it('makes other names with another seed', async () => {
  const names = async (seed: number) => {
    const mock = createTalkMock({ scenario: 'default', seed })
    await mock.ready
    return mock.world.users.all().map((user) => user.displayName)
  }
  expect(await names(1)).toEqual(await names(1))
  expect(await names(1)).not.toEqual(await names(2))
})

const TIMELINE_SCENARIOS = [
  'peers-join-over-time',
  'call-ends-while-waiting',
  'locked-mid-call',
  'moderator-turns-lobby-on',
  'flaky-peer',
] as const satisfies readonly ScenarioName[]

/** The raw answers while a timeline unfolds: each clock move runs its events, then the client asks again. */
async function answersOverTime(mock: TalkMock, token: string): Promise<string[]> {
  const { answers, ask } = recordAnswers(mock)
  await ask('POST', `/room/${token}/participants/active`)
  for (const move of [15_000, 15_000, 30_000, 1_000, 60_000]) {
    void mock.clock.advance(move)
    await ask('GET', `/call/${token}`)
    await ask('GET', `/room/${token}/participants`)
  }
  const journal = await mock.journal.entries('timeline')
  answers.push(
    ...journal.map((entry) => `${entry.time} ${entry.method} ${entry.path} ${entry.status} ${entry.responseBody}`),
  )
  return answers
}

it.each(TIMELINE_SCENARIOS.flatMap((name) => [1, 42].map((seed) => [name, seed] as const)))(
  'answers byte for byte the same twice as the timeline of %s unfolds with seed %i',
  async (name, seed) => {
    const mock = createTalkMock({ scenario: name, seed })
    await mock.ready
    const token = mock.scenario.token
    const first = await answersOverTime(mock, token)
    expect(
      first.filter(
        (answer) =>
          answer.includes(' POST ') ||
          answer.includes(' PUT ') ||
          answer.includes(' DELETE ') ||
          answer.includes(' PEER '),
      ).length,
    ).toBeGreaterThan(0)
    await mock.reset()
    expect(await answersOverTime(mock, token)).toEqual(first)
    const fresh = createTalkMock({ scenario: name, seed })
    await fresh.ready
    expect(await answersOverTime(fresh, token)).toEqual(first)
  },
)
