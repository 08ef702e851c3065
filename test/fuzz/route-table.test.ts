import { expect, it } from 'vitest'
import { endpoints } from '../../src/endpoints/endpoints.js'
import { controlRoutes } from '../../src/mock/control-routes.js'
import { controlRouteKeys, talkRoutes } from './route-table.js'

it('names every Talk route the mock serves, with the versions that route it', () => {
  const served = endpoints.map((e) => `${e.method} ${e.path} ${[...e.apiVersions].sort().join(',')}`).sort()
  const fuzzed = talkRoutes.map((r) => `${r.method} ${r.path} ${[...r.apiVersions].sort().join(',')}`).sort()
  expect(fuzzed).toEqual(served)
})

it('names every control route the mock serves', () => {
  expect([...controlRouteKeys].sort()).toEqual(Object.keys(controlRoutes).sort())
})
