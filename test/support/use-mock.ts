import type { ScenarioName, TalkMockOptions } from '../../src/index.js'
import { useTalkMock as useTalkMocks } from './use-talk-mock.js'

/**
 * The file's mock of `useTalkMock` (use-talk-mock.ts), for test files written before there was
 * one helper; new files take `const { mock } = useTalkMock(options)` from use-talk-mock.ts.
 * @deprecated Import `useTalkMock` from './use-talk-mock.js'; this goes once no file needs it.
 * @example
 * const mock = useTalkMock({ scenario: 'lobby-active' })
 */
export function useTalkMock<const Name extends string = ScenarioName>(options: TalkMockOptions<Name> = {}) {
  return useTalkMocks(options).mock
}
