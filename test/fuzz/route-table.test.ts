import { expect, it } from 'vitest'
import { endpoints } from '../../src/endpoints/endpoints.js'
import { controlRoutes } from '../../src/mock/control-routes.js'
import { WEB_ROUTES } from '../../src/web/web-routes.js'
import { controlRouteKeys, talkRoutes, webRoutes } from './route-table.js'

it('names every Talk route the mock serves, with the versions that route it', () => {
  const served = endpoints.map((e) => `${e.method} ${e.path} ${[...e.apiVersions].sort().join(',')}`).sort()
  const fuzzed = talkRoutes.map((r) => `${r.method} ${r.path} ${[...r.apiVersions].sort().join(',')}`).sort()
  expect(fuzzed).toEqual(served)
})

it('names every control route the mock serves', () => {
  expect([...controlRouteKeys].sort()).toEqual(Object.keys(controlRoutes).sort())
})

it.each(webRoutes.map((route) => route.path))('names web routes the mock serves: %s', (path) => {
  expect(WEB_ROUTES.test(path.replace('{token}', 'abc123'))).toBe(true)
})
