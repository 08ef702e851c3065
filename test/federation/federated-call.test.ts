import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE } from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = 'fedroom1'
const LOCAL = 'localroom'

const { mock } = useTalkMock({
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
  it('answers GET, PUT and DELETE /call through the proxy, and 422 with [] while the remote cannot be reached', async () => {
    await joinConversation(TOKEN)
    await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })
    const peers = await talkFetch('GET', `/call/${TOKEN}`)
    mock.world.updateSettings({ federation: 'unreachable' })

    const answers = [
      await talkFetch('GET', `/call/${TOKEN}`),
      await talkFetch('PUT', `/call/${TOKEN}`, { body: { flags: 7 } }),
      await talkFetch('DELETE', `/call/${TOKEN}`),
    ]

    expect([peers.status, (peers.data as unknown[]).length]).toEqual([200, 1])
    expect(answers.map((answer) => [answer.status, answer.data])).toEqual([
      [422, []],
      [422, []],
      [422, []],
    ])
  })

  it('answers 406 with [] on the routes Talk serves for local conversations only', async () => {
    await joinConversation(TOKEN)
    await mock.world.attendees.update(mock.world.findAttendee(TOKEN, 'users', 'alice')!, (draft) => {
      draft.participantType = 1
    })
    const v1 = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1'

    const answers = [
      await talkFetch('POST', `${v1}/recording/${TOKEN}`, { body: { status: 1 } }),
      await talkFetch('PUT', `/room/${TOKEN}/recording-consent`, { body: { recordingConsent: 1 } }),
      await talkFetch('PUT', `/room/${TOKEN}/read-only`, { body: { state: 1 } }),
    ]
    const state = await talkFetch('PUT', `/room/${TOKEN}/participants/state`, { body: { state: 0 } })

    expect(answers.map((answer) => [answer.status, answer.data])).toEqual([
      [406, []],
      [406, []],
      [406, []],
    ])
    expect(state.status).toBe(200)
  })
})
