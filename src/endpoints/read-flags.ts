import { controllerOutcome, type Outcome } from '../rules/outcome.js'
import { toInt } from '../ocs/cast.js'
import type { Params } from '../ocs/params.js'

/**
 * Reads the `flags` parameter as Talk's `int<0, 15>` signature does: cast like PHP, and a value
 * out of range answers 400 `{"error":"flags"}` (`ParameterOutOfRangeMiddleware`). A missing
 * value gives `fallback`.
 * @example
 * const flags = readFlags(params, null)
 * if (typeof flags === 'object' && flags !== null) return flags // the 400
 */
export function readFlags(params: Params, fallback: number | null): number | null | Outcome {
  const raw = params.get('flags')
  if (raw === undefined || raw === null) return fallback
  const flags = toInt(raw)
  return flags < 0 || flags > 15 ? controllerOutcome(400, { error: 'flags' }) : flags
}
