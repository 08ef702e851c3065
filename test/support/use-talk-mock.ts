import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createTalkMock, type TalkMock, type TalkMockOptions } from '../../src/index.js'
import type { World } from '../../src/world/world.js'

/**
 * Serves Talk mocks to real `fetch` in this test file: one MSW server for the file, a mock per
 * test built with `start(setup)`, reset (world and handlers) after each test.
 */
export function useTalkMock() {
  const server = setupServer()
  let current: TalkMock | undefined

  beforeAll(() => server.listen(onUnhandled('error')))
  afterEach(async () => {
    server.resetHandlers()
    await current?.reset()
    current = undefined
  })
  afterAll(() => server.close())

  return {
    server,
    /** Creates a mock seeded by `setup`, serves its handlers and waits until it is ready. */
    async start(setup: (world: World) => void | Promise<void>, options: Omit<TalkMockOptions, 'setup'> = {}) {
      current = createTalkMock({ ...options, setup })
      server.use(...current.handlers)
      await current.ready
      return current
    },
  }
}
