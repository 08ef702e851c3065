import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createTalkMock, type ScenarioName, type TalkMock, type TalkMockOptions } from '../../src/index.js'
import { onUnhandled } from '../../src/msw/majors.js'
import type { World } from '../../src/world/world.js'

/**
 * Serves Talk mocks to real `fetch` in this test file through one msw `setupServer`: the file's
 * `mock` (made with `options`, reset after each test: world, scenario, journal), or a mock per
 * test built by `start(setup)`, which takes over until the test ends. Listening before the tests,
 * closed after them, so nothing of it outlives the file.
 * @example
 * const { mock } = useTalkMock({ scenario: 'lobby-active' })
 * const talk = useTalkMock()
 * it('...', async () => {
 *   const mock = await talk.start(async (world) => void (await world.addUser({ id: 'alice' })))
 * })
 */
export function useTalkMock<const Name extends string = ScenarioName>(options: TalkMockOptions<Name> = {}) {
  const mock = createTalkMock(options)
  const server = setupServer(...mock.handlers)
  let started: TalkMock | undefined

  beforeAll(() => server.listen(onUnhandled('error')))
  afterEach(async () => {
    // Back to the file's mock: the handlers a test added (a started mock's included) go.
    server.resetHandlers()
    await started?.reset()
    started = undefined
    await mock.reset()
  })
  afterAll(() => server.close())

  return {
    mock,
    server,
    /** Creates a mock seeded by `setup` for this test, serves its handlers and waits until it is ready. */
    async start(setup: (world: World) => void | Promise<void>, startOptions: Omit<TalkMockOptions, 'setup'> = {}) {
      started = createTalkMock({ ...startOptions, setup })
      server.use(...started.handlers)
      await started.ready
      return started
    },
  }
}
