import { describe, expect, it } from 'vitest'
import { START_CALLS, TALK_FEATURES } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const CLOUD = 'https://cloud.example.com/nextcloud'

const { mock } = useTalkMock({ scenario: 'default', nextcloudRoutes: true })

type Capabilities = {
  version: { major: number; string: string }
  capabilities: { spreed: { features: string[]; config: Record<string, Record<string, unknown>> } }
}

describe('GET /ocs/v2.php/cloud/capabilities', () => {
  it("answers the server version and Talk's capabilities as a server with internal signaling", async () => {
    const { status, data } = await talkFetch('GET', `${CLOUD}/ocs/v2.php/cloud/capabilities`)
    expect(status).toBe(200)
    const { version, capabilities } = data as Capabilities
    expect(version).toMatchObject({ major: 32, string: '32.0.0' })
    expect(capabilities.spreed.features).toEqual([...TALK_FEATURES])
    expect(capabilities.spreed.config.call).toMatchObject({ enabled: true, recording: false, 'recording-consent': 0 })
    expect(capabilities.spreed.config.attachments).toEqual({ allowed: true, folder: '/Talk' })
  })

  it("follows the world's settings", async () => {
    mock.world.updateSettings({ startCalls: START_CALLS.NOBODY, recordingConsent: 1 })
    const { data } = await talkFetch('GET', `${CLOUD}/ocs/v2.php/cloud/capabilities`)
    expect((data as Capabilities).capabilities.spreed.config.call).toMatchObject({
      enabled: false,
      'recording-consent': 1,
    })
  })

  it('gives guests the public part, without attachments', async () => {
    mock.viewer = null
    const { data } = await talkFetch('GET', `${CLOUD}/ocs/v2.php/cloud/capabilities`)
    expect((data as Capabilities).capabilities.spreed.config.attachments).toEqual({ allowed: false })
  })

  it('answers in XML and through /ocs/v1.php as any OCS route does', async () => {
    const v1 = await talkFetch('GET', `${CLOUD}/ocs/v1.php/cloud/capabilities`)
    expect(v1.status).toBe(200)
    expect(v1.meta).toMatchObject({ statuscode: 100 })
    const xml = await fetch(`${CLOUD}/ocs/v2.php/cloud/capabilities`, { headers: { 'OCS-APIRequest': 'true' } })
    expect(await xml.text()).toMatch(/^<\?xml version="1.0"\?>\n<ocs>/)
  })

  it('answers 401 to an unknown Basic user and the CSRF 412 without OCS-APIRequest', async () => {
    expect((await talkFetch('GET', `${CLOUD}/ocs/v2.php/cloud/capabilities`, { user: 'nobody' })).status).toBe(401)
    const csrf = await talkFetch('GET', `${CLOUD}/ocs/v2.php/cloud/capabilities`, { ocsApiRequest: false })
    expect(csrf.status).toBe(412)
  })
})

describe('GET /index.php/csrftoken', () => {
  it('answers a token as plain JSON, with and without pretty URLs', async () => {
    for (const path of ['/index.php/csrftoken', '/csrftoken']) {
      const response = await fetch(`${CLOUD}${path}`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ token: 'talk-call-mock:requesttoken' })
    }
  })

  it('answers 405 to another method', async () => {
    expect((await fetch(`${CLOUD}/index.php/csrftoken`, { method: 'POST' })).status).toBe(405)
  })

  it('takes HEAD as GET on both routes, without a body, as Nextcloud does', async () => {
    const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
    for (const path of ['/index.php/csrftoken', '/ocs/v2.php/cloud/capabilities']) {
      const response = await fetch(`${CLOUD}${path}`, { method: 'HEAD', headers })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(await response.text()).toBe('')
    }
  })
})

describe('a conversation called csrftoken', () => {
  it('is a conversation, not the CSRF token route', async () => {
    await mock.world.addConversation({ token: 'csrftoken', type: 3, name: 'Tokens' })
    const { status, data } = await talkFetch('GET', '/room/csrftoken')
    expect(status).toBe(200)
    expect(data).toMatchObject({ token: 'csrftoken', type: 3 })
  })
})
