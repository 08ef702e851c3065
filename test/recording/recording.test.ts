import { describe, expect, it } from 'vitest'
import { CALL_RECORDING, CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from '../protocol/join-call.js'

const TOKEN = 'abcd1234'
const RECORDING = `https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1/recording/${TOKEN}`

const { mock } = useTalkMock({
  apiVersions: ['v4'],
  nextcloudRoutes: true,
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    world.updateSettings({ recording: 'enabled', recordingStartDelay: 5 })
    world.viewer = 'alice'
  },
})

function startRecording(body: unknown, user?: string) {
  return talkFetch('POST', RECORDING, { body, user })
}

async function callRecording(): Promise<unknown> {
  const room = await talkFetch('GET', `/room/${TOKEN}`)
  return (room.data as { callRecording: number }).callRecording
}

describe('POST /recording/{token}', () => {
  it('answers 200 with data null and shows the recording starting, then running once the clock moves', async () => {
    await joinConversationAndCall(TOKEN)

    const started = await startRecording({ status: CALL_RECORDING.VIDEO })
    const starting = await callRecording()
    mock.world.clock.advance(4_000)
    const stillStarting = await callRecording()
    mock.world.clock.advance(1_000)

    expect([started.status, started.meta?.status, started.data]).toEqual([200, 'ok', null])
    expect([starting, stillStarting, await callRecording()]).toEqual([
      CALL_RECORDING.VIDEO_STARTING,
      CALL_RECORDING.VIDEO_STARTING,
      CALL_RECORDING.VIDEO,
    ])
  })

  it('records audio as 4 while starting and 2 while running', async () => {
    await joinConversationAndCall(TOKEN)

    await startRecording({ status: CALL_RECORDING.AUDIO })
    const starting = await callRecording()
    mock.world.clock.advance(5_000)

    expect([starting, await callRecording()]).toEqual([CALL_RECORDING.AUDIO_STARTING, CALL_RECORDING.AUDIO])
  })

  it('shows the recording failed once it would have run while the recording server fails', async () => {
    mock.world.updateSettings({ recording: 'failing' })
    await joinConversationAndCall(TOKEN)

    await startRecording({ status: CALL_RECORDING.VIDEO })
    const starting = await callRecording()
    mock.world.clock.advance(5_000)

    expect([starting, await callRecording()]).toEqual([CALL_RECORDING.VIDEO_STARTING, CALL_RECORDING.FAILED])
  })

  it('answers 400 status for a status other than video and audio, before anything else', async () => {
    await joinConversation(TOKEN)

    for (const status of [0, 3, 5, 'x']) {
      const refused = await startRecording({ status })
      expect([status, refused.status, refused.data]).toEqual([status, 400, { error: 'status' }])
    }
  })

  it('answers 400 recording while a recording starts or runs, and restarts a failed one', async () => {
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.VIDEO })

    const whileStarting = await startRecording({ status: CALL_RECORDING.AUDIO })
    mock.world.clock.advance(5_000)
    const whileRunning = await startRecording({ status: CALL_RECORDING.AUDIO })

    expect([whileStarting.status, whileStarting.data]).toEqual([400, { error: 'recording' }])
    expect([whileRunning.status, whileRunning.data]).toEqual([400, { error: 'recording' }])
  })

  it('starts again after a failed recording', async () => {
    mock.world.updateSettings({ recording: 'failing' })
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.VIDEO })
    mock.world.clock.advance(5_000)
    mock.world.updateSettings({ recording: 'enabled' })

    const restarted = await startRecording({ status: CALL_RECORDING.AUDIO })

    expect([restarted.status, await callRecording()]).toEqual([200, CALL_RECORDING.AUDIO_STARTING])
  })

  it('answers 400 call without a running call', async () => {
    await joinConversation(TOKEN)

    const refused = await startRecording({ status: CALL_RECORDING.VIDEO })

    expect([refused.status, refused.data]).toEqual([400, { error: 'call' }])
  })

  it('answers 400 config without a recording server, after the call check', async () => {
    mock.world.updateSettings({ recording: 'unavailable' })
    await joinConversationAndCall(TOKEN)

    const refused = await startRecording({ status: CALL_RECORDING.VIDEO })

    expect([refused.status, refused.data, await callRecording()]).toEqual([400, { error: 'config' }, 0])
  })

  it('answers 403 to a participant who is not a moderator and 404 to a user who is not a participant', async () => {
    await joinConversationAndCall(TOKEN)

    const bob = await startRecording({ status: CALL_RECORDING.VIDEO }, 'bob')
    const carol = await startRecording({ status: CALL_RECORDING.VIDEO }, 'carol')

    expect([bob.status, bob.data, carol.status, carol.data]).toEqual([403, [], 404, []])
  })

  it('answers 401 to an anonymous guest', async () => {
    mock.world.viewer = null

    const refused = await startRecording({ status: CALL_RECORDING.VIDEO })

    expect([refused.status, refused.meta?.statuscode]).toEqual([401, 997])
  })

  it('is served on v1 although the apiVersions option leaves v1 out, and not on v4', async () => {
    const v4 = await talkFetch('POST', `${RECORDING.replace('/api/v1/', '/api/v4/')}?format=json`, {
      body: { status: 1 },
    })

    expect(v4.status).toBe(404)
    expect(String(v4.meta?.message)).toMatch(/^Invalid query/)
  })
})

describe('DELETE /recording/{token}', () => {
  it('stops a running recording', async () => {
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.VIDEO })
    mock.world.clock.advance(5_000)

    const stopped = await talkFetch('DELETE', RECORDING)

    expect([stopped.status, stopped.data, await callRecording()]).toEqual([200, null, CALL_RECORDING.NONE])
  })

  it('stops a starting recording before it runs', async () => {
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.VIDEO })

    await talkFetch('DELETE', RECORDING)
    mock.world.clock.advance(5_000)

    expect(await callRecording()).toBe(CALL_RECORDING.NONE)
  })

  it('answers 200 and changes nothing without a recording', async () => {
    await joinConversation(TOKEN)

    const stopped = await talkFetch('DELETE', RECORDING)

    expect([stopped.status, stopped.data, await callRecording()]).toEqual([200, null, CALL_RECORDING.NONE])
  })

  it('leaves a failed recording failed', async () => {
    mock.world.updateSettings({ recording: 'failing' })
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.VIDEO })
    mock.world.clock.advance(5_000)

    const stopped = await talkFetch('DELETE', RECORDING)

    expect([stopped.status, await callRecording()]).toEqual([200, CALL_RECORDING.FAILED])
  })

  it('answers 403 to a participant who is not a moderator', async () => {
    const refused = await talkFetch('DELETE', RECORDING, { user: 'bob' })

    expect([refused.status, refused.data]).toEqual([403, []])
  })
})

describe('a recording and its call', () => {
  it('stops when the call ends', async () => {
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.VIDEO })
    mock.world.clock.advance(5_000)

    await talkFetch('DELETE', `/call/${TOKEN}`)

    expect(await callRecording()).toBe(CALL_RECORDING.NONE)
  })

  it('shows the recording to a user outside a listable conversation', async () => {
    await mock.world.conversations.update(mock.world.conversations.get(TOKEN)!, (draft) => void (draft.listable = 2))
    await joinConversationAndCall(TOKEN)
    await startRecording({ status: CALL_RECORDING.AUDIO })

    const outside = await talkFetch('GET', `/room/${TOKEN}`, { user: 'carol' })

    expect((outside.data as { callRecording: number }).callRecording).toBe(CALL_RECORDING.AUDIO_STARTING)
  })
})

describe('capabilities', () => {
  it('list recording-v1 and say whether a recording server is configured', async () => {
    const enabled = await talkFetch('GET', 'https://cloud.example.com/nextcloud/ocs/v2.php/cloud/capabilities')
    mock.world.updateSettings({ recording: 'unavailable' })
    const fresh = await talkFetch('GET', 'https://cloud.example.com/nextcloud/ocs/v2.php/cloud/capabilities')

    const spreed = (data: unknown) =>
      (data as { capabilities: { spreed: { features: string[]; config: { call: { recording: boolean } } } } })
        .capabilities.spreed
    expect(spreed(enabled.data).features).toContain('recording-v1')
    expect([spreed(enabled.data).config.call.recording, spreed(fresh.data).config.call.recording]).toEqual([
      true,
      false,
    ])
  })
})
