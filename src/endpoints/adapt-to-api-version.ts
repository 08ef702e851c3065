import type { Outcome } from '../rules/outcome.js'

/**
 * Adapts an outcome to the API version of the route: API v1 controllers answered `[]` where
 * today's answer `null` (success and the controller's own 404s alike). `Divergence:` the rules
 * are today's for every version, so a v1 client sees today's checks (consent, permissions,
 * start_calls) in v1's shapes.
 * @example
 * return adaptToApiVersion(apiVersion, controllerOutcome(200)) // data [] on v1, null on v4
 */
export function adaptToApiVersion(apiVersion: string, outcome: Outcome): Outcome {
  if (apiVersion !== 'v1' || outcome.data !== null) return outcome
  return { ...outcome, data: [] }
}
