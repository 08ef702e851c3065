import { TalkMockError } from '../errors.js'
import { droppedConnection, textAnswer, type PlainAnswer } from '../door/plain-answer.js'

/**
 * A network condition laid over any scenario: it may hold a request back or fail it before the
 * world sees it. `random` is the mock's seeded stream, so a flaky run repeats exactly.
 * @example
 * const overlay: Overlay = { name: 'slow', description: '…', intercept: async () => droppedConnection() }
 */
export interface Overlay<Name extends string = OverlayName> {
  name: Name
  description: string
  intercept(random: () => number): Promise<PlainAnswer | undefined>
}

/** How long the `slow` overlay holds each request back, in milliseconds. @example SLOW_LATENCY_MS === 1200 */
export const SLOW_LATENCY_MS = 1200

// Spelled out once, `as const`: the names' union below is read from it.
const builtInOverlays = [
  {
    name: 'slow',
    description: `Every Talk request takes ${SLOW_LATENCY_MS} ms longer.`,
    async intercept() {
      await sleep(SLOW_LATENCY_MS)
      return undefined
    },
  },
  {
    name: 'flaky',
    description: 'About one request in five fails: 503 (maintenance) or a network error, by seed.',
    async intercept(random) {
      const roll = random()
      if (roll < 0.1) return droppedConnection()
      if (roll < 0.2) return textAnswer(503, 'Service Unavailable', 'text/plain')
      return undefined
    },
  },
  {
    name: 'offline',
    description: 'Every Talk request fails with a network error.',
    async intercept() {
      return droppedConnection()
    },
  },
] as const satisfies readonly Overlay<string>[]

/**
 * The overlays every runtime knows.
 * @example
 * createTalkMock({ scenario: 'default', overlays: ['slow'] })
 */
export const overlays: readonly Overlay[] = builtInOverlays

/**
 * The name of an overlay every runtime knows: `'slow' | 'flaky' | 'offline'`, so a typo is a type error.
 * @example
 * const chosen: OverlayName[] = ['slow']
 */
export type OverlayName = (typeof builtInOverlays)[number]['name']

/**
 * Checks overlay names, or throws a `TalkMockError` that lists the known ones.
 * @example
 * checkOverlays(['slow'], 'set overlays') // ['slow']
 */
export function checkOverlays(names: readonly string[], action: string): OverlayName[] {
  if (!Array.isArray(names)) {
    throw new TalkMockError(action, 'overlays must be a list of names', 'Pass e.g. ["slow"].')
  }
  for (const name of names) {
    if (!overlays.some((overlay) => overlay.name === name)) {
      const knownNames = overlays.map((overlay) => overlay.name).join(', ')
      throw new TalkMockError(action, `there is no overlay "${String(name)}"`, `Use any of: ${knownNames}.`)
    }
  }
  return [...new Set(names as readonly OverlayName[])]
}

/** Resolves after `ms` milliseconds (what msw's `delay(ms)` does, without importing msw's root). */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * A seeded stream of numbers in [0, 1) (mulberry32), for overlays that fail by chance.
 * @example
 * const random = createRandom(1); random() // the same first value on every run
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
