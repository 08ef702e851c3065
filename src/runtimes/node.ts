import { setupServer, type SetupServer } from 'msw/node'
import { createTalkMock, type TalkMock, type TalkMockOptions } from '../mock/create-talk-mock.js'

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
