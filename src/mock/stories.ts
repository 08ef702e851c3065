import type { WorldSource } from '../world/load-world.js'
import type { WorldJson } from '../world/world-json.js'
import type { World } from '../world/world.js'
import type { Scenario } from './define-scenario.js'
import type { ActiveScenario } from './talk-mock-types.js'

/**
 * The story a mock reports in `mock.scenario`: a scenario's name, description and token, never its
 * world or overlays.
 * @example
 * const story: Story = { name: 'custom', description: 'A world loaded from JSON.', token: 'abc123' }
 */
export type Story = Omit<ActiveScenario, 'viewer' | 'overlays' | 'seed' | 'appToken'>

/**
 * Only the story of a scenario, under the app's token if any.
 * @example
 * storyOf(scenario, 'abc123') // { name: 'lobby-active', description: '…', token: 'abc123' }
 */
export function storyOf({ name, description, token }: Story, appToken?: string): Story {
  return { name, description, token: appToken ?? token }
}

/**
 * What `createTalkMock({ setup })` built: its first conversation and its real viewer.
 * @example
 * setupStory(world) // { name: 'custom', description: 'A world built by setup: 2 users, …', token: 'abc123' }
 */
export function setupStory(world: World | undefined): Story {
  if (!world) return { name: 'custom', description: 'A world built by setup.', token: '' }
  const viewer = world.viewer === null ? 'an anonymous guest' : `user "${world.viewer}"`
  const description =
    `A world built by setup: ${world.users.count()} users, ${world.conversations.count()} conversations; ` +
    `the viewer is ${viewer}.`
  return { name: 'custom', description, token: world.conversations.all()[0]?.token ?? '' }
}

/**
 * The story of a world loaded from JSON: named after its first conversation.
 * @example
 * customStory({ conversations: [{ token: 'abc123' }] }).token // 'abc123'
 */
export function customStory(world: WorldJson): Story {
  return { name: 'custom', description: 'A world loaded from JSON.', token: world.conversations?.[0]?.token ?? '' }
}

/**
 * Whether a world JSON has a conversation under `token`.
 * @example
 * holds({ conversations: [{ token: 'abc123' }] }, 'abc123') // true
 */
export function holds(world: WorldJson | undefined, token: string | undefined): boolean {
  return token !== undefined && (world?.conversations ?? []).some((conversation) => conversation.token === token)
}

/**
 * Where a build starts from: a world, or a scenario's (its prebuilt output when it has one for the seed).
 * @example
 * const source = worldOf({ scenario }, 1)
 */
export function worldOf(source: { scenario?: Scenario; world?: WorldJson }, seed: number): WorldSource {
  const { scenario } = source
  if (!scenario) return source.world ?? {}
  return scenario.prebuilt?.seed === seed ? scenario.prebuilt.world : scenario.world
}
