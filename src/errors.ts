/**
 * Thrown when the mock's own API is misused (never for a protocol outcome, which is always a
 * response). The message reads "[talk-mock] Failed to <action>: <reason>. <what to do>".
 * @example
 * throw new TalkMockError('use scenario "lobbby"', 'no such scenario', 'Use one of: default, lobby-active.')
 */
export class TalkMockError extends Error {
  override name = 'TalkMockError'

  constructor(
    readonly action: string,
    readonly reason: string,
    readonly remedy: string,
  ) {
    super(`[talk-mock] Failed to ${action}: ${reason}. ${remedy}`)
  }
}
