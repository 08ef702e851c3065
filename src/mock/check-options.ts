import { TalkMockError } from '../errors.js'
import { LAST_CLOCK_TIME } from '../world/clock.js'
import { checkToken } from '../world/rename-token.js'
import { isSpeed } from './is-speed.js'
import type { ApiVersion, TalkMockOptions } from './talk-mock-types.js'

const API_VERSIONS: readonly ApiVersion[] = ['v4', 'v1']

/**
 * Checks the options of `createTalkMock` before anything is built, so a bad one fails at once
 * with a `TalkMockError` naming it, instead of a `TypeError` or a 500 on every request later.
 * (`seed`, `overlays` and `world` are checked where they are read.)
 * @example
 * checkOptions({ apiVersions: ['v4'], clockStart: Date.UTC(2026, 0, 1) }) // passes
 */
export function checkOptions(options: unknown): asserts options is TalkMockOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(`the options are ${describe(options)}`, 'Pass an object of options, e.g. { scenario: "default" }, or none.')
  }
  const {
    scenario,
    world,
    setup,
    clockStart,
    apiVersions,
    scenarios,
    cookieResponse,
    clock,
    nextcloudRoutes,
    token,
    speed,
  } = options as TalkMockOptions
  if (token !== undefined) checkToken(token, 'create the mock')
  if (scenario !== undefined && typeof scenario !== 'string') {
    fail(`scenario is ${describe(scenario)}`, 'Pass the name of a scenario, e.g. "lobby-active".')
  }
  if (world !== undefined && (typeof world !== 'object' || world === null || Array.isArray(world))) {
    fail(`world is ${describe(world)}`, 'Pass a world as a JSON object, e.g. what mock.dump() gives.')
  }
  for (const [name, value] of [
    ['setup', setup],
    ['cookieResponse', cookieResponse],
  ] as const) {
    if (value !== undefined && typeof value !== 'function') {
      fail(`${name} is ${describe(value)}`, `Pass a function as ${name}.`)
    }
  }
  if (
    clockStart !== undefined &&
    (typeof clockStart !== 'number' ||
      !Number.isSafeInteger(clockStart) ||
      clockStart < 0 ||
      clockStart > LAST_CLOCK_TIME)
  ) {
    fail(`clockStart ${describe(clockStart)} is not a time`, `Pass epoch milliseconds from 0 to ${LAST_CLOCK_TIME}.`)
  }
  if (
    apiVersions !== undefined &&
    (!Array.isArray(apiVersions) ||
      apiVersions.length === 0 ||
      !apiVersions.every((version) => API_VERSIONS.includes(version)))
  ) {
    fail(`apiVersions is ${describe(apiVersions)}`, `Pass a list of one or more of: ${API_VERSIONS.join(', ')}.`)
  }
  if (clock !== undefined && clock !== 'still' && clock !== 'running') {
    fail(`clock ${describe(clock)} is not a clock mode`, "Pass 'still' or 'running'.")
  }
  if (speed !== undefined && !isSpeed(speed)) {
    fail(`speed ${describe(speed)} is not a speed`, 'Pass a number above 0, up to 1000 (1 is real time).')
  }
  if (nextcloudRoutes !== undefined && typeof nextcloudRoutes !== 'boolean') {
    fail(`nextcloudRoutes is ${describe(nextcloudRoutes)}`, 'Pass true or false.')
  }
  if (scenarios !== undefined && (!Array.isArray(scenarios) || !scenarios.every(isScenario))) {
    fail(
      `scenarios is ${describe(scenarios)}, not a list of scenarios`,
      'Pass scenarios made with defineScenario (name, description, token, world).',
    )
  }
}

function isScenario(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const { name, description, token, world } = value as Record<string, unknown>
  return (
    typeof name === 'string' &&
    typeof description === 'string' &&
    typeof token === 'string' &&
    (typeof world === 'function' || (typeof world === 'object' && world !== null))
  )
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : JSON.stringify(value)
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'function') return 'a function'
  return String(value)
}

function fail(reason: string, remedy: string): never {
  throw new TalkMockError('create the mock', reason, remedy)
}
