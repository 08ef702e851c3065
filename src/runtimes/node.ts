import { setupServer, type SetupServer } from 'msw/node'
import { createTalkMock } from '../index.js'
import type { TalkMock, TalkMockOptions } from '../mock/talk-mock-types.js'

export * from '../index.js'

/**
 * Creates a mock and an MSW server that serves it in this Node process (not yet listening:
 * call `server.listen()`).
 * @example
 * const { mock, server } = setupTalkMock({ setup })
 * beforeAll(() => server.listen(onUnhandled('error')))
 * afterAll(() => server.close())
 */
export function setupTalkMock(options: TalkMockOptions = {}): { mock: TalkMock; server: SetupServer } {
  const mock = createTalkMock(options)
  return { mock, server: setupServer(...mock.handlers) }
}
