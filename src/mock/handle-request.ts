// The request pipeline of a mock: every request of every door (msw's handlers, the standalone
// server, `mock.answer`) passes through `handleRequest` below, stage after stage, top to bottom.
import { withoutBody, type PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { Journal, JournalKind } from '../journal/journal.js'
import { classifyRoute, isInScope, isLongPoll, type DoorScope, type Route } from '../routes/classify-route.js'
import type { SignalingHub } from '../signaling/signaling-hub.js'
import type { World } from '../world/world.js'
import { overlays as knownOverlays } from './overlays.js'
import type { MockChange } from './talk-mock-types.js'

/**
 * What the pipeline needs of a mock, each part one stage's.
 * @example
 * const handleRequest = createRequestHandler({ ready, settle, world, brokenWorld, control, overlays, random, dispatch, signaling, journal, notify })
 */
export interface PipelineParts {
  /** The build of the world under way (a failed build rejects). */
  ready(): Promise<void>
  /** Resolves once the timeline's events due now have run. */
  settle(): Promise<void>
  /** The world that answers (none while the first build failed). */
  world(): World | undefined
  /** Why there is no world to answer with (its build failed), as a 500. */
  brokenWorld(): Promise<PlainAnswer>
  /** Answers a control route (`/__talk-mock/`). */
  control(request: PlainRequest, route: Extract<Route, { kind: 'control' }>): Promise<PlainAnswer>
  /** The names of the overlays laid over the world now. */
  overlays(): readonly string[]
  /** The seeded stream the overlays roll. */
  random(): () => number
  /** Answers a Talk, signaling, Nextcloud or Talk UI route from the rules of the world then current. */
  dispatch(request: PlainRequest, route: Route): Promise<PlainAnswer | undefined>
  signaling: SignalingHub
  journal: Journal
  notify(change: MockChange): void
}

/**
 * Creates the one handler of a mock's requests. Gives `undefined` for a request outside the
 * routes of `scope` (msw then tries its other handlers; the server answers Nextcloud's 404).
 * @example
 * const handleRequest = createRequestHandler(parts)
 * await handleRequest(request, 'all') // { status: 200, headers: {…}, body: '{"ocs":…}' }
 */
export function createRequestHandler(parts: PipelineParts) {
  const waitReady = createReadyWait(parts.ready)

  return async function handleRequest(request: PlainRequest, scope: DoorScope): Promise<PlainAnswer | undefined> {
    // 1. Wait for the world being built: a request is answered by the world asked for before it.
    await waitReady()
    // 2. Settle the timeline: requests read and move the world, so its due events run first.
    await parts.settle()
    // 3. Classify the route, once: every later stage reads this.
    const route = classifyRoute(request.url.pathname)
    if (!isInScope(route, scope)) return undefined
    // 4. Control routes drive the mock itself: no overlays, no journal.
    if (route.kind === 'control') return answerHead(request, await parts.control(request, route))
    if (route.kind === 'none') return undefined
    const world = parts.world()
    if (!world) return answerHead(request, await parts.brokenWorld())
    const started = performance.now()
    const time = world.clock.now()
    // 5. Overlays: latency and faults laid over the world, before it sees the request.
    let answer = await applyOverlays(parts)
    // 6. Dispatch to the world's rules; signaling polls see its outcome, never half of it.
    answer ??= await dispatchHeld(parts, request, route)
    // 7. Journal what was asked and answered (long polls apart, so they never push the rest out).
    const poll = isLongPoll(request, route)
    const kind: JournalKind = route.kind === 'signaling' ? 'signaling' : poll ? 'chat' : 'talk'
    const durationMs = performance.now() - started
    const path = request.url.pathname + request.url.search
    parts.journal.record({ time, method: request.method, path, requestBody: request.body, durationMs, kind }, answer)
    // 8. Notify the mock's listeners.
    parts.notify(kind === 'signaling' ? 'signaling' : 'request')
    // 9. A web server sends no body with a HEAD answer, whatever answers it.
    return answerHead(request, answer)
  }
}

/** The wait for the build under way, made once per build (its failure is the broken world's to report). */
function createReadyWait(ready: () => Promise<void>): () => Promise<unknown> {
  let current: Promise<void> | undefined
  let settled: Promise<unknown> = Promise.resolve()
  return () => {
    const next = ready()
    if (next !== current) settled = (current = next).catch(() => undefined)
    return settled
  }
}

/** The first overlay's answer (a 503, a dropped connection), or none after its latency. */
async function applyOverlays(parts: PipelineParts): Promise<PlainAnswer | undefined> {
  for (const name of parts.overlays()) {
    const answer = await knownOverlays.find((overlay) => overlay.name === name)?.intercept(parts.random())
    if (answer) return answer
  }
  return undefined
}

/** Dispatches a request; any but a long poll holds signaling wake-ups back until it is answered. */
async function dispatchHeld(
  parts: PipelineParts,
  request: PlainRequest,
  route: Route,
): Promise<PlainAnswer | undefined> {
  // A long poll waits for the others' changes; any other request holds them back until answered.
  const poll = isLongPoll(request, route)
  if (!poll) parts.signaling.hold()
  try {
    return await parts.dispatch(request, route)
  } finally {
    if (!poll) parts.signaling.release()
  }
}

function answerHead(request: PlainRequest, answer: PlainAnswer): PlainAnswer
function answerHead(request: PlainRequest, answer: PlainAnswer | undefined): PlainAnswer | undefined
function answerHead(request: PlainRequest, answer: PlainAnswer | undefined): PlainAnswer | undefined {
  return answer && request.method === 'HEAD' ? withoutBody(answer) : answer
}
