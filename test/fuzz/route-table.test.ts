import { expect, it } from 'vitest'
import { endpoints } from '../../src/endpoints/endpoints.js'
import { controlRoutes } from '../../src/mock/control-routes.js'
import { classifyRoute } from '../../src/routes/classify-route.js'
import { controlRouteKeys, talkRoutes, webRoutes } from './route-table.js'

it('names every Talk route the mock serves, with the versions that route it', () => {
  const served = endpoints.map((e) => `${e.method} ${e.path} ${[...e.apiVersions].sort().join(',')}`).sort()
  const fuzzed = talkRoutes.map((r) => `${r.method} ${r.path} ${[...r.apiVersions].sort().join(',')}`).sort()
  expect(fuzzed).toEqual(served)
})

it('names every control route the mock serves', () => {
  expect([...controlRouteKeys].sort()).toEqual(Object.keys(controlRoutes).sort())
})

it('names routes the route module classifies as the mock serves them', () => {
  for (const route of talkRoutes) {
    for (const version of route.apiVersions) {
      const path = route.path.replace('{token}', 'abc123').replace(/\{\w+\}/g, '7')
      const classified = classifyRoute(`/ocs/v2.php/apps/spreed/api/${version}${path}`)
      expect(classified.kind, `${route.method} ${route.path}`).toBe(classifiedKind(route.path))
    }
  }
  for (const key of controlRouteKeys) {
    const name = key.split(' ')[1]!
    expect(classifyRoute(`/nextcloud/__talk-mock/${name}`)).toEqual({ kind: 'control', name })
  }
})

/** Signaling is the routes a client polls and posts to, not its settings; chat a conversation's own chat route. */
function classifiedKind(path: string): 'talk' | 'signaling' | 'chat' {
  if (path === '/signaling/{token}') return 'signaling'
  return path === '/chat/{token}' ? 'chat' : 'talk'
}

it.each(webRoutes.map((route) => route.path))('names web routes the mock serves: %s', (path) => {
  expect(classifyRoute(path.replace('{token}', 'abc123'))).toEqual({ kind: 'talk-ui', part: 'page' })
})
