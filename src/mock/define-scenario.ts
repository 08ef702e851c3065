import { TalkMockError } from '../errors.js'
import type { WorldSource } from '../world/load-world.js'
import type { WorldJson } from '../world/world-json.js'
import { checkOverlays } from './overlays.js'

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
export interface Scenario {
  /** kebab-case, unique in a catalogue. */
  name: string
  /** One line: what it reproduces. */
  description: string
  /** The conversation the story is about (it need not exist, as in `not-found`). */
  token: string
  world: WorldSource
  /** Network overlays the scenario comes with (e.g. a `slow` story); a switch may override them. */
  overlays?: readonly string[]
  /**
   * What the `world` function returns for one seed, worked out ahead of time: building the
   * scenario at that seed then needs no faker (nor its 150 KB in a browser bundle). Keep it
   * equal to the function's output with a test; the built-in catalogue does.
   */
  prebuilt?: { seed: number; world: WorldJson }
}

/**
 * Declares a scenario, checking its name.
 * @example
 * defineScenario({ name: 'empty', description: 'Nothing at all.', token: 'none0000', world: {} })
 */
export function defineScenario(scenario: Scenario): Scenario {
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
