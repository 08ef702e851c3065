import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  createTalkMock,
  defineScenario,
  scenarios,
  type OverlayName,
  type ScenarioName,
  type TalkMock,
  TalkMockError,
} from '../../src/index.js'
import { talkScenario } from '../../src/runtimes/storybook.js'

// The browser entry imports msw/browser: only its types are taken here, so nothing of it runs in Node.
type StartTalkMock = typeof import('../../src/runtimes/browser.js').startTalkMock
declare const startTalkMock: StartTalkMock

// `tsc --noEmit` checks this file: the line after each `@ts-expect-error` must be a type error, or the
// build fails. Where it runs, the run-time check (for JavaScript callers and URLs) still answers.
const mine = defineScenario({ name: 'my-room', description: 'Mine.', token: 'myroom', world: {} })

describe('scenario and overlay names are typed', () => {
  it('reads the built-in names from the registry', () => {
    expectTypeOf<'default' | 'lobby-active' | 'empty'>().toExtend<ScenarioName>()
    expectTypeOf<ScenarioName>().not.toEqualTypeOf<string>()
    expectTypeOf<OverlayName>().toEqualTypeOf<'slow' | 'flaky' | 'offline'>()
    expectTypeOf(scenarios.map((scenario) => scenario.name)).toEqualTypeOf<ScenarioName[]>()
  })

  it('keeps the literal name of a scenario of your own', () => {
    expectTypeOf(mine.name).toEqualTypeOf<'my-room'>()
  })

  it('refuses a misspelt name in createTalkMock and useScenario', () => {
    const mock = createTalkMock({ scenario: 'lobby-active', overlays: ['slow'] })
    expectTypeOf(mock).toEqualTypeOf<TalkMock<ScenarioName>>()
    // @ts-expect-error -- misspelt scenario
    expect(() => createTalkMock({ scenario: 'lobby-actve' })).toThrow(TalkMockError)
    // @ts-expect-error -- misspelt overlay
    expect(() => createTalkMock({ overlays: ['slwo'] })).toThrow(TalkMockError)
    expectTypeOf(mock.useScenario).parameter(0).toEqualTypeOf<ScenarioName>()
    // @ts-expect-error -- misspelt scenario
    void mock.useScenario('defualt').catch(() => undefined)
    // @ts-expect-error -- misspelt overlay
    void mock.useScenario('default', { overlays: ['flakey'] }).catch(() => undefined)
    // @ts-expect-error -- misspelt overlay
    expectTypeOf(mock.setOverlays).toBeCallableWith(['ofline'])
    // @ts-expect-error -- misspelt scenario
    void mock.load({}, { scenario: 'not-fuond' }).catch(() => undefined)
  })

  it('infers the names of the scenarios passed in, and only those', () => {
    const extended = createTalkMock({ scenarios: [...scenarios, mine], scenario: 'my-room' })
    expectTypeOf(extended.useScenario).parameter(0).toEqualTypeOf<ScenarioName | 'my-room'>()
    // @ts-expect-error -- misspelt own scenario
    void extended.useScenario('my-rooom').catch(() => undefined)

    const own = createTalkMock({ scenarios: [mine], scenario: 'my-room' })
    expectTypeOf(own.useScenario).parameter(0).toEqualTypeOf<'my-room'>()
    // @ts-expect-error -- a built-in name, and the catalogue given is only `mine`
    expect(() => createTalkMock({ scenarios: [mine], scenario: 'default' })).toThrow(TalkMockError)
  })

  it('refuses a misspelt name in talkScenario (Storybook)', () => {
    expectTypeOf(talkScenario('guest').mock).toEqualTypeOf<TalkMock<ScenarioName>>()
    // @ts-expect-error -- misspelt scenario
    expect(() => talkScenario('gest')).toThrow(TalkMockError)
    // @ts-expect-error -- misspelt overlay
    expect(() => talkScenario('guest', { overlays: ['sloow'] })).toThrow(TalkMockError)
    expectTypeOf(talkScenario('my-room', { scenarios: [mine] }).mock.useScenario)
      .parameter(0)
      .toEqualTypeOf<'my-room'>()
    // @ts-expect-error -- a name the catalogue given does not have
    expect(() => talkScenario('guest', { scenarios: [mine] })).toThrow(TalkMockError)
  })

  it('refuses a misspelt name in startTalkMock (browser)', () => {
    // Never called (there is no service worker in Node): only compiled.
    const starts = () => [
      startTalkMock({ scenario: 'lobby-active', overlays: ['flaky'] }),
      startTalkMock({ scenarios: [mine], scenario: 'my-room' }),
      // @ts-expect-error -- misspelt scenario
      startTalkMock({ scenario: 'lobby-actve' }),
      // @ts-expect-error -- misspelt overlay
      startTalkMock({ overlays: ['offlne'] }),
      // @ts-expect-error -- a name the catalogue given does not have
      startTalkMock({ scenarios: [mine], scenario: 'guest' }),
    ]
    expectTypeOf(starts).returns.items.resolves.toHaveProperty('mock')
  })
})
