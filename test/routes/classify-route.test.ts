import { expect, it } from 'vitest'
import { classifyRoute, isInScope, isLongPoll } from '../../src/routes/classify-route.js'

it('classifies each kind of route under any webroot, once, with what its handler needs of the path', () => {
  expect(classifyRoute('/nextcloud/__talk-mock/world/')).toEqual({ kind: 'control', name: 'world' })
  expect(classifyRoute('/__talk-mock/')).toEqual({ kind: 'control', name: '' })
  expect(classifyRoute('/ocs/v1.php/apps/spreed/api/v4/call/abc123')).toEqual({
    kind: 'talk',
    ocsVersion: 1,
    apiVersion: 'v4',
    subPath: '/call/abc123',
  })
  expect(classifyRoute('/cloud/ocs/v2.php/apps/spreed/api/v3/signaling/abc123').kind).toBe('signaling')
  expect(classifyRoute('/ocs/v2.php/apps/spreed/api/v1/chat/abc123').kind).toBe('chat')
  expect(classifyRoute('/ocs/v2.php/apps/spreed/api/v1/chat/abc123/share').kind).toBe('talk')
  // The settings are a plain Talk route: nobody polls them.
  expect(classifyRoute('/ocs/v2.php/apps/spreed/api/v3/signaling/settings').kind).toBe('talk')
  expect(classifyRoute('/ocs/v2.php/apps/spreed/foo')).toEqual({
    kind: 'talk',
    ocsVersion: 2,
    apiVersion: '',
    subPath: '',
  })
  expect(classifyRoute('/ocs/v2.php/cloud/capabilities')).toEqual({
    kind: 'nextcloud',
    name: 'capabilities',
    ocsVersion: 2,
  })
  expect(classifyRoute('/nextcloud/index.php/csrftoken')).toEqual({ kind: 'nextcloud', name: 'csrftoken' })
  // A conversation called `csrftoken` is Talk's.
  expect(classifyRoute('/ocs/v2.php/apps/spreed/api/v4/room/csrftoken').kind).toBe('talk')
  expect(classifyRoute('/index.php/apps/spreed')).toEqual({ kind: 'talk-ui', part: 'page' })
  expect(classifyRoute('/index.php/call/abc123')).toEqual({ kind: 'talk-ui', part: 'page' })
  expect(classifyRoute('/nextcloud/index.php/login')).toEqual({ kind: 'talk-ui', part: 'page' })
  expect(classifyRoute('/ocs/v2.php/apps/spreed')).toEqual({ kind: 'none' })
  expect(classifyRoute('/status.php')).toEqual({ kind: 'none' })
})

it('tells which doors serve which kinds', () => {
  const csrf = classifyRoute('/csrftoken')
  expect([isInScope(csrf, 'talk'), isInScope(csrf, 'nextcloud'), isInScope(csrf, 'all')]).toEqual([false, true, true])
  const control = classifyRoute('/__talk-mock/clock')
  expect([isInScope(control, 'talk'), isInScope(control, 'nextcloud')]).toEqual([true, false])
})

it('tells the long polls: signaling reads, and chat reads that look into the future', () => {
  const poll = (method: string, path: string) => {
    const url = new URL(path, 'http://mock')
    return isLongPoll({ method, url }, classifyRoute(url.pathname))
  }
  expect(poll('GET', '/ocs/v2.php/apps/spreed/api/v3/signaling/abc123')).toBe(true)
  expect(poll('POST', '/ocs/v2.php/apps/spreed/api/v3/signaling/abc123')).toBe(false)
  expect(poll('GET', '/ocs/v2.php/apps/spreed/api/v1/chat/abc123?lookIntoFuture=1')).toBe(true)
  expect(poll('GET', '/ocs/v2.php/apps/spreed/api/v1/chat/abc123?lookIntoFuture=0')).toBe(false)
  expect(poll('POST', '/ocs/v2.php/apps/spreed/api/v1/chat/abc123')).toBe(false)
})
