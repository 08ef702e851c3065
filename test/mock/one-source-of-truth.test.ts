import { describe, expect, it } from 'vitest'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'

const { mock } = useTalkMock({ scenario: 'guest' })

describe('each fact of the world in its store', () => {
  it('keeps a cookie-less guest’s session across dumping and loading the world', async () => {
    await joinConversation('publiccall')
    expect((await talkFetch('POST', '/call/publiccall', { body: { flags: 3 } })).status).toBe(200)
    await mock.load(mock.dump())
    expect((await talkFetch('DELETE', '/call/publiccall')).status).toBe(200)
    expect((await talkFetch('POST', '/call/publiccall', { body: { flags: 3 } })).status).toBe(200)
  })

  it('tells subscribers once when the viewer changes, and acts as the new viewer', async () => {
    await mock.useScenario('default')
    const changes: string[] = []
    const stop = mock.subscribe((change) => void changes.push(change))
    try {
      expect((await talkFetch('GET', '/room/groupcall')).status).toBe(200)
      const before = changes.length
      mock.world.viewer = null
      expect(changes.slice(before)).toEqual(['setting'])
      mock.world.viewer = null
      expect(changes.slice(before)).toEqual(['setting'])
      mock.viewer = 'alice'
      expect(changes.slice(before)).toEqual(['setting', 'setting'])
      mock.world.viewer = null
      expect(changes.slice(before)).toEqual(['setting', 'setting', 'setting'])
      expect((await talkFetch('GET', '/room/groupcall')).status).toBe(404)
    } finally {
      stop()
    }
  })
})
