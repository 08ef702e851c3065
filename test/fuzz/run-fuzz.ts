import fc from 'fast-check'
import type { TalkMock } from '../../src/index.js'
import { LAST_CLOCK_TIME } from '../../src/world/clock.js'
import { classifyAnswer, type FuzzAnswer } from './answer-kinds.js'
import { controlRecipe } from './control-recipes.js'
import { checkRoundTrip, checkWorld } from './invariants.js'
import { talkRecipe, type FuzzRequest } from './requests.js'

/** The seed of every fuzz run: fixed, so CI repeats itself; `FUZZ_SEED=<n>` replays another. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_201)

/** How many batches each runtime runs (`FUZZ_RUNS=<n>` for a longer hunt). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150)

/** A signaling poll, whatever route its request was made from (a near miss may turn a POST into one). */
const LONG_POLL = /^(GET|HEAD) [^?]*\/api\/v3\/signaling\/(?!settings(?:[?/]|$))[^/?]+(?:\?|$)/

/** How long one request may take before the fuzzer gives up on it (a hang is a finding). */
const GIVE_UP_MS = 5_000

/** A runtime under fuzz: its mock, and how a request reaches it. */
export interface FuzzTarget {
  mock: TalkMock
  send(request: FuzzRequest, signal: AbortSignal): Promise<FuzzAnswer>
  /** Requests only this runtime can take (outside OCS, malformed HTTP, ...). */
  extra?: fc.Arbitrary<() => FuzzRequest>
}

type Step =
  | { talk: ReturnType<typeof talkRecipe.generate>['value'] }
  | { control: ReturnType<typeof controlRecipe.generate>['value'] }
  | { extra: () => FuzzRequest }

/**
 * Runs batches of random Talk requests, near misses and control calls against a runtime, each
 * batch from a fresh reset, checking every answer's kind and, after the batch, the world's
 * invariants and its dump's round trip. A failure names the seed to replay it with.
 * @example const { requests } = await fuzz('setupServer', target)
 */
export async function fuzz(name: string, target: FuzzTarget, runs = FUZZ_RUNS): Promise<{ requests: number }> {
  const { mock } = target
  const choices: fc.WeightedArbitrary<Step>[] = [
    { weight: 6, arbitrary: talkRecipe.map((talk) => ({ talk })) },
    { weight: 1, arbitrary: controlRecipe.map((control) => ({ control })) },
  ]
  if (target.extra) choices.push({ weight: 1, arbitrary: target.extra.map((extra) => ({ extra })) })
  const batch = fc.tuple(
    fc.constantFrom(...mock.scenarios.map((scenario) => scenario.name)),
    fc.array(fc.oneof(...choices), { minLength: 5, maxLength: 30 }),
  )
  let requests = 0
  const started = performance.now()
  console.info(
    `[fuzz] ${name}: seed ${FUZZ_SEED}, ${runs} batches (replay: FUZZ_SEED=${FUZZ_SEED} npx vitest run test/fuzz)`,
  )
  const property = fc.asyncProperty(batch, async ([scenario, steps]) => {
    // Each batch starts from a fresh scenario, so a shrunk counterexample replays on its own.
    await mock.reset()
    await mock.useScenario(scenario, { overlays: [] })
    for (const step of steps) {
      const request = 'talk' in step ? step.talk(mock.world) : 'control' in step ? step.control(mock) : step.extra()
      const overlays = mock.scenario.overlays
      const answer = await sendBounded(target, request)
      requests++
      try {
        classifyAnswer(request, answer, overlays)
      } catch (error) {
        throw new Error(
          `${(error as Error).message}\n  request: ${JSON.stringify(request)}\n  answer: ${describe(answer)}`,
        )
      }
    }
    checkWorld(mock)
    await checkRoundTrip(mock)
    checkWorld(mock)
  })
  try {
    await fc.assert(property, { seed: FUZZ_SEED, numRuns: runs, includeErrorInReport: true })
  } catch (error) {
    throw new Error(
      `[fuzz] ${name} failed (seed ${FUZZ_SEED}; replay: FUZZ_SEED=${FUZZ_SEED} npx vitest run test/fuzz)\n${(error as Error).message}`,
    )
  }
  console.info(`[fuzz] ${name}: ${requests} requests in ${Math.round(performance.now() - started)} ms`)
  return { requests }
}

/** Sends one request, moving the clock past a long poll's timeout while it waits, and gives up after a while. */
async function sendBounded(target: FuzzTarget, request: FuzzRequest): Promise<FuzzAnswer> {
  const controller = new AbortController()
  const timers = [setTimeout(() => controller.abort(), GIVE_UP_MS)]
  // Again and again: a poll may start waiting only after an overlay's delay.
  if (request.longPoll || LONG_POLL.test(`${request.method} ${request.path}`)) {
    timers.push(setInterval(() => moveOn(target.mock), 100))
  }
  try {
    return await target.send(request, controller.signal)
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${GIVE_UP_MS} ms: ${JSON.stringify(request)}`)
    throw error
  } finally {
    timers.forEach(clearTimeout)
  }
}

function describe(answer: FuzzAnswer): string {
  return answer === 'dropped' ? 'dropped' : `HTTP ${answer.status} ${answer.contentType} ${answer.text.slice(0, 300)}`
}

/**
 * Sends a request with `fetch` to `origin`, reading the answer as text; a failed connection is `dropped`.
 * @example await fetchAnswer('https://cloud.example.com', request, signal)
 */
export async function fetchAnswer(origin: string, request: FuzzRequest, signal: AbortSignal): Promise<FuzzAnswer> {
  let response: Response
  try {
    response = await fetch(`${origin}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
    })
  } catch (error) {
    if (signal.aborted) throw error
    return 'dropped'
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  }
}

/** Moves the clock by a poll's timeout, or to its end when less is left (a batch may set it near there). */
function moveOn(mock: TalkMock): void {
  const left = LAST_CLOCK_TIME - mock.clock.now()
  if (left > 0) mock.clock.advance(Math.min(31_000, left))
}
