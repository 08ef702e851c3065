import { TalkMockError } from '../errors.js'
import type { WorldSource } from '../world/load-world.js'
import type { WorldJson } from '../world/world-json.js'
import { checkOverlays, type OverlayName } from './overlays.js'

/**
 * A named Talk situation: a world (JSON, or a function of the seeded faker) and the
 * conversation its story is about. The rules, not the scenario, produce its outcomes.
 * @example
 * export const lobbyActive = defineScenario({
 *   name: 'lobby-active',
 *   description: 'The lobby is on and the viewer is a plain member: the call answers 412.',
 *   token: 'lobby123',
 *   world: { viewer: 'alice', users: [{ id: 'alice' }], conversations: [{ token: 'lobby123', lobbyState: 1, attendees: [{ actorId: 'alice' }] }] },
 * })
 */
export interface Scenario<Name extends string = string> {
  /** kebab-case, unique in a catalogue; kept as its literal type, so the names a mock takes are typed. */
  name: Name
  /** One line: what it reproduces. */
  description: string
  /** The conversation the story is about (it need not exist, as in `not-found`). */
  token: string
  world: WorldSource
  /** Network overlays the scenario comes with (e.g. a `slow` story); a switch may override them. */
  overlays?: readonly OverlayName[]
  /**
   * What the `world` function returns for one seed, worked out ahead of time: building the
   * scenario at that seed then needs no faker (nor its 150 KB in a browser bundle). Keep it
   * equal to the function's output with a test; the built-in catalogue does.
   */
  prebuilt?: { seed: number; world: WorldJson }
}

/**
 * Declares a scenario, checking its name. The name keeps its literal type (`Scenario<'empty'>`), so
 * a mock given this scenario takes `'empty'` and rejects a misspelling at compile time.
 * @example
 * defineScenario({ name: 'empty', description: 'Nothing at all.', token: 'none0000', world: {} })
 */
export function defineScenario<const Name extends string>(scenario: Scenario<Name>): Scenario<Name> {
  if (scenario.overlays) checkOverlays(scenario.overlays, `define scenario "${scenario.name}"`)
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(scenario.name)) {
    throw new TalkMockError(
      `define scenario "${scenario.name}"`,
      'the name is not kebab-case',
      'Use lower-case words joined by dashes.',
    )
  }
  return scenario
}
