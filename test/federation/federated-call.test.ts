import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { joinConversation, useTalkMock } from '../protocol/use-talk-mock.js'

const TOKEN = 'fedroom1'
const LOCAL = 'localroom'

const mock = useTalkMock({
  nextcloudRoutes: true,
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addConversation({
      token: TOKEN,
      type: CONVERSATION_TYPE.GROUP,
      remoteServer: 'https://remote.example.org',
      remoteToken: 'abcdefgh',
    })
    await world.addConversation({ token: LOCAL, type: CONVERSATION_TYPE.GROUP })
    await world.addAttendee(TOKEN, { actorId: 'alice' })
    await world.addAttendee(LOCAL, { actorId: 'alice' })
    world.updateSettings({ federation: 'enabled' })
    world.viewer = 'alice'
  },
})

describe('a federated conversation', () => {
  it('carries remoteServer and remoteToken, which a local one does not', async () => {
    const federated = await talkFetch('GET', `/room/${TOKEN}`)
    const local = await talkFetch('GET', `/room/${LOCAL}`)

    expect(federated.data).toMatchObject({ remoteServer: 'https://remote.example.org', remoteToken: 'abcdefgh' })
    expect(local.data).not.toHaveProperty('remoteServer')
    expect(local.data).not.toHaveProperty('remoteToken')
  })

  it('joins the call through the proxy: 200 with data null, and the session is in the call', async () => {
    await joinConversation(TOKEN)

    const joined = await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })
    const room = await talkFetch('GET', `/room/${TOKEN}`)

    expect([joined.status, joined.data]).toEqual([200, null])
    expect(room.data).toMatchObject({ participantFlags: 3, hasCall: true })
  })

  it('answers 422 with [] when the remote refuses with a status the proxy does not expect', async () => {
    // The remote refuses to let a member without the start-call permission start the call (403).
    await mock.world.conversations.update(mock.world.conversations.get(TOKEN)!, (draft) => {
      draft.defaultPermissions = 1
    })
    await joinConversation(TOKEN)

    const joined = await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })

    expect([joined.status, joined.data]).toEqual([422, []])
  })

  it('answers 422 with [] and stays out of the call while the remote cannot be reached', async () => {
    mock.world.updateSettings({ federation: 'unreachable' })
    await joinConversation(TOKEN)

    const joined = await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })
    const room = await talkFetch('GET', `/room/${TOKEN}`)

    expect([joined.status, joined.data, (room.data as { participantFlags: number }).participantFlags]).toEqual([
      422,
      [],
      0,
    ])
  })

  it('keeps the local checks before the proxy: 404 without a session', async () => {
    const joined = await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })

    expect(joined.status).toBe(404)
  })

  it('is announced by the federation-v2 capability and the federation config', async () => {
    const { data } = await talkFetch('GET', 'https://cloud.example.com/nextcloud/ocs/v2.php/cloud/capabilities')
    const spreed = (data as { capabilities: { spreed: { features: string[]; config: Record<string, unknown> } } })
      .capabilities.spreed

    expect(spreed.features).toContain('federation-v2')
    expect(spreed.config.federation).toMatchObject({ enabled: true })
  })
})
