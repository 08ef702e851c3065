import { controllerOutcome, type Outcome } from '../rules/outcome.js'
import { toInt } from '../ocs/cast.js'
import type { Params } from '../ocs/params.js'

/**
 * Reads an `int` parameter that Talk's controller signature requires, cast as PHP casts it.
 * `Divergence:` Talk fails with a PHP type error (HTTP 500) when it is missing; the mock answers
 * 400 `{"error":"<name>"}` instead.
 * @example
 * const state = readRequiredInt(params, 'state')
 * if (typeof state !== 'number') return state // the 400
 */
export function readRequiredInt(params: Params, name: string): number | Outcome {
  const raw = params.get(name)
  if (raw === undefined || raw === null) return controllerOutcome(400, { error: name })
  return toInt(raw)
}
