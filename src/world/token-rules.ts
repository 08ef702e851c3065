/**
 * Talk's route requirement for a conversation token (`'token' => '[a-z0-9]{4,30}'` in
 * `appinfo/routes`), as the source of a pattern: the world's schema, the endpoints' routes and
 * the playground's token field all take it from here.
 * @example
 * new RegExp(`^${TOKEN_PATTERN}$`).test('abc123') // true
 */
export const TOKEN_PATTERN = '[a-z0-9]{4,30}'

/**
 * `Room::SIP_INCOMPATIBLE_REGEX`: a phone dials digits only, so a token with anything else cannot
 * have SIP dial-in.
 * @example
 * SIP_INCOMPATIBLE.test('abc123') // true
 */
export const SIP_INCOMPATIBLE = /[^0-9]/
