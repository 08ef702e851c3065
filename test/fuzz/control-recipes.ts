import fc from 'fast-check'
import { LAST_CLOCK_TIME } from '../../src/world/clock.js'
import type { TalkMock } from '../../src/index.js'
import { named, type FuzzRequest } from './requests.js'

/** A control call described against the mock at the time it is sent (its world, users, clock). */
export type ControlRecipe = (mock: TalkMock) => FuzzRequest

const SCENARIOS = [
  'default',
  'lobby-active',
  'lobby-moderator',
  'guest',
  'no-call',
  'crowded-call',
  'one-to-one',
  'password',
  'nope',
]

function control(method: string, name: string, body?: unknown, raw?: string): FuzzRequest {
  const text = raw ?? (body === undefined ? undefined : JSON.stringify(body))
  return { method, path: `/nextcloud/__talk-mock/${name}`, headers: {}, ...(text === undefined ? {} : { body: text }) }
}

/**
 * Control calls between Talk requests: reads, clock moves (forward only, or out of range),
 * scenario switches, overlays (never `slow`: it only waits), viewers, world round trips and bad
 * input, unknown routes and wrong methods.
 * @example fc.sample(controlRecipe, 1)[0](mock)
 */
export const controlRecipe: fc.Arbitrary<ControlRecipe> = fc.oneof(
  fc
    .constantFrom('scenarios', 'scenario', 'world', 'clock', 'journal')
    .map((name) => named(`GET ${name}`, () => control('GET', name))),
  fc.constant(named('DELETE journal', () => control('DELETE', 'journal'))),
  fc
    .integer({ min: 0, max: 45_000 })
    .map((ms) => named({ advance: ms }, () => control('POST', 'clock', { advance: ms }))),
  fc
    .integer({ min: 0, max: 120_000 })
    .map((ms) => named({ setAhead: ms }, (mock: TalkMock) => control('POST', 'clock', { set: mock.clock.now() + ms }))),
  fc
    .constantFrom({ advance: -5 }, { set: LAST_CLOCK_TIME + 1 }, { set: 'soon' }, {})
    .map((body) => named({ clock: body }, () => control('POST', 'clock', body))),
  fc
    .record({ name: fc.constantFrom(...SCENARIOS), seed: fc.option(fc.nat({ max: 5 }), { nil: undefined }) })
    .map((body) => named({ scenario: body }, () => control('POST', 'scenario', body))),
  fc
    .subarray(['flaky', 'offline', 'bogus'], { maxLength: 1 })
    .map((overlays) => named({ overlays }, () => control('PUT', 'overlays', { overlays }))),
  fc.constant(named({ overlays: [] }, () => control('PUT', 'overlays', { overlays: [] }))),
  fc.nat({ max: 9 }).map((index) =>
    named({ viewer: index }, (mock: TalkMock) => {
      const users = mock.world.users.all()
      return control('PUT', 'viewer', {
        viewer: index >= users.length ? (index % 2 ? null : 'ghost') : users[index]!.id,
      })
    }),
  ),
  fc.constant(named('POST reset', () => control('POST', 'reset'))),
  fc.constant(named('PUT world (its dump)', (mock: TalkMock) => control('PUT', 'world', mock.dump()))),
  fc
    .constantFrom('', '{', '[]', '{"viewer":"ghost"}', '{"clock":-1}')
    .map((raw) => named({ world: raw }, () => control('PUT', 'world', undefined, raw))),
  fc.constant(named('GET nothing', () => control('GET', 'nothing'))),
  fc.constant(named('DELETE scenario', () => control('DELETE', 'scenario'))),
)
