import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createTalkMock, type ScenarioName, type TalkMockOptions } from '../../src/index.js'

/**
 * A mock served by `setupServer` for the tests of one file: listening before them, reset after
 * each (world, scenario, journal), closed after all.
 * @example
 * const mock = useTalkMock({ scenario: 'lobby-active' })
 */
export function useTalkMock<const Name extends string = ScenarioName>(options: TalkMockOptions<Name> = {}) {
  const mock = createTalkMock(options)
  const server = setupServer(...mock.handlers)
  beforeAll(() => server.listen(onUnhandled('error')))
  afterEach(() => mock.reset())
  afterAll(() => server.close())
  return mock
}
