import fc from 'fast-check'
import type { World } from '../../src/index.js'
import { talkRoutes } from './route-table.js'

/** One request as plain data, so every runtime can send it. `path` holds the query too. */
export interface FuzzRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
  /** Aims at a long-poll route: the driver moves the clock while it waits. */
  longPoll?: boolean
  /** Bytes sent as they are on a socket of their own (malformed HTTP; the standalone server only). */
  raw?: string
}

/** A request described against "the world at the time": indexes pick tokens and users when it is sent. */
export type Recipe = (world: World) => FuzzRequest

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'] as const
// `format` in a body overrides the query's (Nextcloud's parameter order), for the entry point's own answers too.
const PARAM_NAMES = [
  'flags',
  'state',
  'timer',
  'all',
  'attendeeId',
  'permissions',
  'method',
  'recordingConsent',
  'format',
]
const ODD_VALUES = [
  1e300,
  1e19,
  2 ** 60,
  -(2 ** 63),
  '99999999999999999999',
  '1e300',
  'abc',
  '',
  'false',
  'json',
  true,
  false,
  null,
  [],
  { a: 1 },
  -1,
]

const oddValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 16 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer() },
)

/** Values Talk takes for each parameter, so a request with an odd one elsewhere still gets far. */
const USUAL: Record<string, fc.Arbitrary<unknown>> = {
  flags: fc.constantFrom(0, 1, 3, 7, 15),
  state: fc.constantFrom(0, 1),
  timer: fc.constantFrom(0, 1767261000, 1767265200, 1767300000),
  all: fc.boolean(),
  attendeeId: fc.integer({ min: 1, max: 6 }),
  permissions: fc.integer({ min: 0, max: 255 }),
  method: fc.constantFrom('set', 'add', 'remove'),
  recordingConsent: fc.boolean(),
  silent: fc.boolean(),
  force: fc.boolean(),
  password: fc.constantFrom('secret', 'wrong'),
  includeStatus: fc.boolean(),
  format: fc.constantFrom('csv', 'json'),
  message: fc.constantFrom('Hello', 'Hi there', '  '),
  replyTo: fc.constantFrom(0, 1, 2),
}

/** A value for parameter `name`: usually one Talk takes, one time in four an odd one. */
const valueFor = (name: string) =>
  fc.oneof({ weight: 3, arbitrary: USUAL[name] ?? oddValue }, { weight: 1, arbitrary: oddValue })

/** Each parameter of the route present two times in three, plus now and then one of another route. */
const params = (names: readonly string[]) =>
  fc
    .tuple(
      fc.tuple(
        ...names.map((name) =>
          fc.option(
            valueFor(name).map((v) => [name, v] as const),
            { freq: 2 },
          ),
        ),
      ),
      fc.array(fc.tuple(fc.constantFrom(...PARAM_NAMES), oddValue), { maxLength: 1 }),
    )
    .map(([own, other]) => [...own.filter((entry) => entry !== null), ...other] as (readonly [string, unknown])[])

const body = (names: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('json' as const), params: params(names) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('none' as const), params: fc.constant([]) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('form' as const), params: params(names) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('multipart' as const), params: params(names) }) },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constantFrom('garbage' as const, 'array' as const), params: fc.constant([]) }),
    },
  )

/** Mostly `usual`, now and then `odd`: a request is usually wrong in one way at most, so it gets far. */
function mostly<T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 15, arbitrary: usual }, { weight: 1, arbitrary: odd })
}

const headers = fc.record({
  ocs: mostly(fc.constant<string | undefined>('true'), fc.constantFrom('false', '', undefined)),
  accept: mostly(
    fc.constantFrom<string | undefined>('application/json', 'application/json, text/plain, */*'),
    fc.constantFrom('application/json; charset=utf-8', 'application/xml', 'text/html', undefined),
  ),
  auth: fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.nat({ max: 9 }) },
    // A moderator of the conversation asked about, so the moderation routes get past their 403.
    { weight: 3, arbitrary: fc.constant('moderator' as const) },
    { weight: 1, arbitrary: fc.constantFrom('ghost', 'Bearer abc', 'Basic !!!') },
  ),
  cookie: mostly(
    fc.constant<string | undefined>(undefined),
    fc.constantFrom('talk_mock_client=c1', 'talk_mock_client=c2', 'talk_mock_client='),
  ),
  tab: mostly(fc.constant<string | undefined>(undefined), fc.constantFrom('tab-1', 'tab-2')),
})

/**
 * A request at a route of the table or a near miss of it: another method, entry point or API
 * version, an unknown token, a path with a segment too many, random headers and bodies.
 * @example fc.sample(talkRecipe, 1)[0](mock.world)
 */
export const talkRecipe: fc.Arbitrary<Recipe> = fc
  .nat({ max: talkRoutes.length - 1 })
  .chain((index) => {
    const route = talkRoutes[index]!
    return fc.record({
      route: fc.constant(route),
      method: mostly<string>(fc.constant(route.method), fc.constantFrom(...METHODS)),
      entry: fc.constantFrom(2, 2, 1),
      version: mostly(fc.constantFrom(...route.apiVersions), fc.constantFrom('v1', 'v3', 'v4', 'v9')),
      token: mostly<number | string>(fc.nat({ max: 5 }), fc.constantFrom('zzzz9999', 'NOT-A-TOKEN', 'ab')),
      attendeeId: mostly(fc.constantFrom('1', '2', '3', '4', '5', '6'), fc.constantFrom('99', 'x', '0')),
      mode: mostly(fc.constantFrom('call', 'default'), fc.constant('nope')),
      tweak: mostly(fc.constant('none'), fc.constantFrom('slash', 'extra', 'upper')),
      format: mostly(
        fc.constantFrom('', '', '?format=json', '?format=xml'),
        // Repeated: PHP's query keeps the last.
        fc.constantFrom(
          '?format=JSON',
          '?format=csv',
          '?format=',
          '?format=xml&format=json',
          '?format=json&format=xml',
        ),
      ),
      headers,
      body: body(route.params),
    })
  })
  .map((recipe) =>
    named(recipe, (world: World) => {
      const tokens = world.conversations.all().map((conversation) => conversation.token)
      const token =
        typeof recipe.token === 'number'
          ? (tokens[recipe.token % Math.max(tokens.length, 1)] ?? 'none0000')
          : recipe.token
      let sub = recipe.route.path
        .replace('{token}', token)
        .replace('{attendeeId}', recipe.attendeeId)
        .replace('{messageId}', recipe.attendeeId)
        .replace('{mode}', recipe.mode)
        .replace('{size}', recipe.attendeeId)
      if (recipe.tweak === 'slash') sub += '/'
      if (recipe.tweak === 'extra') sub += '/extra'
      if (recipe.tweak === 'upper') sub = sub.toUpperCase()
      const method = recipe.method
      const request: FuzzRequest = {
        method,
        path: `/nextcloud/ocs/v${recipe.entry}.php/apps/spreed/api/${recipe.version}${sub}${recipe.format}`,
        headers: headersOf(recipe.headers, world, token),
        longPoll: recipe.route.longPoll,
      }
      if (method !== 'GET' && method !== 'HEAD') Object.assign(request, encodeBody(recipe.body, request.headers))
      return request
    }),
  )

/**
 * `recipe` as a function that prints as the data it was made from, so a counterexample reads
 * as requests rather than code.
 * @example named({ name: 'clock' }, () => request)
 */
export function named<Fn extends (...args: never[]) => unknown>(description: unknown, recipe: Fn): Fn {
  const { route, ...rest } = (description ?? {}) as { route?: { method: string; path: string } }
  const text = JSON.stringify(route ? { route: `${route.method} ${route.path}`, ...rest } : description)
  return Object.assign(recipe, { [fc.toStringMethod]: () => text })
}

type HeaderRecipe = typeof headers extends fc.Arbitrary<infer T> ? T : never

function headersOf(recipe: HeaderRecipe, world: World, token: string): Record<string, string> {
  const result: Record<string, string> = {}
  if (recipe.ocs !== undefined) result['OCS-APIRequest'] = recipe.ocs
  if (recipe.accept !== undefined) result.Accept = recipe.accept
  if (recipe.cookie !== undefined) result.Cookie = recipe.cookie
  if (recipe.tab !== undefined) result['x-nextcloud-talk-session-tab-id'] = recipe.tab
  if (typeof recipe.auth === 'number') {
    const users = world.users.all()
    const user = users[recipe.auth % Math.max(users.length, 1)]?.id ?? 'nobody'
    result.Authorization = `Basic ${btoa(`${user}:x`)}`
  } else if (recipe.auth === 'moderator') {
    const moderator = world.attendees
      .all()
      .find((a) => a.token === token && a.actorType === 'users' && (a.participantType === 1 || a.participantType === 2))
    if (moderator) result.Authorization = `Basic ${btoa(`${moderator.actorId}:x`)}`
  } else if (recipe.auth === 'ghost') result.Authorization = `Basic ${btoa('ghost:x')}`
  else if (recipe.auth !== undefined) result.Authorization = recipe.auth
  return result
}

type BodyRecipe = {
  type: 'json' | 'none' | 'form' | 'multipart' | 'garbage' | 'array'
  params: readonly (readonly [string, unknown])[]
}

function encodeBody(recipe: BodyRecipe, headers: Record<string, string>): { body?: string } {
  const entries = recipe.params
  switch (recipe.type) {
    case 'none':
      return {}
    case 'json':
      headers['Content-Type'] = 'application/json'
      return { body: JSON.stringify(Object.fromEntries(entries)) }
    case 'array':
      headers['Content-Type'] = 'application/json'
      return { body: '[1,2]' }
    case 'garbage':
      headers['Content-Type'] = 'application/json'
      return { body: '{"flags": 3,' }
    case 'form':
      headers['Content-Type'] = 'application/x-www-form-urlencoded'
      return { body: new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString() }
    case 'multipart': {
      const boundary = 'fuzzboundary'
      headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`
      const parts = entries.map(
        ([key, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`,
      )
      return { body: `${parts.join('')}--${boundary}--\r\n` }
    }
  }
}
