import { setupServer } from 'msw/node'
import { afterAll, beforeAll } from 'vitest'
import { createTalkMock, type TalkMockOptions } from '../../src/index.js'

/**
 * A mock served by `setupServer` for the tests of one file: listening before them, closed after.
 * @example
 * const mock = useTalkMock({ scenario: 'lobby-active' })
 */
export function useTalkMock(options: TalkMockOptions = {}) {
  const mock = createTalkMock(options)
  const server = setupServer(...mock.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())
  return mock
}
