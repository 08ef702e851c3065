import { TalkMockError } from '../errors.js'
import type { Scenario } from './define-scenario.js'

/**
 * The scenario of that name, or a `TalkMockError` that lists the known names.
 * @example
 * findScenario(scenarios, 'lobby-active', 'use scenario "lobby-active"')
 */
export function findScenario<Name extends string>(
  known: readonly Scenario<Name>[],
  name: string,
  action: string,
): Scenario<Name> {
  const scenario = known.find((candidate) => candidate.name === name)
  if (scenario) return scenario
  throw new TalkMockError(
    action,
    `there is no scenario "${name}"`,
    `Use one of: ${known.map((s) => s.name).join(', ')}.`,
  )
}

/**
 * Checks a seed (a safe integer).
 * @example
 * checkSeed(42, 'use scenario "default"') // 42
 */
export function checkSeed(seed: unknown, action: string): number {
  if (typeof seed === 'number' && Number.isSafeInteger(seed)) return seed
  throw new TalkMockError(action, `seed ${String(seed)} is not an integer`, 'Pass a whole number as the seed.')
}
