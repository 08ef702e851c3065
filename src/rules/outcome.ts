/**
 * A protocol answer before it is wrapped: the OCS status and `data`. Handlers return these;
 * rules never throw for a protocol outcome.
 * @example
 * const denied: Outcome = { status: 412, data: [] }
 */
export interface Outcome {
  status: number
  data: unknown
  /** Extra response headers the controller sets, e.g. `X-Nextcloud-Has-User-Statuses`. */
  headers?: Record<string, string>
}

/**
 * A failure raised by a middleware check in Talk: `data` is always `[]`.
 * @example
 * return middlewareFailure(404)
 */
export function middlewareFailure(status: number): Outcome {
  return { status, data: [] }
}

/**
 * An answer given by the controller itself.
 * @example
 * return controllerOutcome(400, { error: 'consent' })
 */
export function controllerOutcome(status: number, data: unknown = null): Outcome {
  return { status, data }
}
