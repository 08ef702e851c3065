import type { RequestHandler } from 'msw'
import { createTalkMock } from '../index.js'
import type { TalkMock, TalkMockOptions } from '../mock/talk-mock-types.js'
import { forwardingCookieResponse } from './browser/forward-client-cookies.js'
import type { ScenarioName } from '../../scenarios/index.js'

/** The part of a Storybook story context the helper uses: msw-storybook-addon 3 puts `msw` there. */
export interface StoryContextWithMsw {
  msw?: { use(...handlers: RequestHandler[]): void }
}

/**
 * A story `beforeEach` that resets the world to a scenario before each story, and hands the
 * mock's handlers to msw-storybook-addon 3 (`context.msw.use`). With addon 2 or plain CSF3,
 * pass `handlers` as `parameters.msw.handlers` and keep the `beforeEach` for the reset.
 * @example
 * const lobby = talkScenario('lobby-active')
 * export const Lobby = { beforeEach: lobby, parameters: { msw: { handlers: lobby.handlers } } }
 */
export type TalkScenarioHook<Name extends string = ScenarioName> = ((context?: object) => Promise<void>) & {
  handlers: RequestHandler[]
  mock: TalkMock<Name>
}

/**
 * Options of `talkScenario`: those of `createTalkMock` without `scenario` (among them `token`,
 * the component's own conversation token), and `at`, where in the scenario's timeline the story
 * starts (ms after its start; the events due by then have run).
 * @example
 * const options: TalkScenarioOptions = { seed: 3, token: 'abc123', at: 30_000 }
 */
export type TalkScenarioOptions<Name extends string = ScenarioName> = Omit<TalkMockOptions<Name>, 'scenario'> & {
  at?: number
}

/**
 * Makes a Storybook helper for one scenario (with a seed, overlays and the component's own
 * conversation token, `token`, if given), optionally starting `at` a point of its timeline. The
 * name is one of the catalogue's (the built-in one, or the `scenarios` given): a typo does not compile.
 * @example
 * export default { component: CallView, args: { token: 'abc123' }, beforeEach: talkScenario('lobby-active', { token: 'abc123' }) }
 * export const HalfFull = { beforeEach: talkScenario('peers-join-over-time', { at: 30_000 }) }
 */
export function talkScenario<const Name extends string = ScenarioName>(
  name: NoInfer<Name>,
  options: TalkScenarioOptions<Name> = {},
): TalkScenarioHook<Name> {
  const { at, ...mockOptions } = options
  const mock = createTalkMock<Name>({ cookieResponse: forwardingCookieResponse, ...mockOptions, scenario: name })
  // Any story context will do: Storybook 8's has no `msw`, Storybook 10's gets it from the addon's
  // augmentation only where that is in the program, and a weak type (`{ msw?: ... }`) would be
  // rejected against either (TS2559).
  const hook = async (context?: object) => {
    await mock.reset()
    // The story starts where it is set in the timeline: the events due by then run first.
    if (at !== undefined) await mock.clock.advance(at)
    ;(context as StoryContextWithMsw | undefined)?.msw?.use(...mock.handlers)
  }
  return Object.assign(hook, { handlers: mock.handlers, mock })
}
