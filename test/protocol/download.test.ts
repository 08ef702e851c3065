import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ocsUrl, rawFetch } from '../support/raw-fetch.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
const DOWNLOAD = ocsUrl(2, `/api/v4/call/${TOKEN}/download?format=csv`)
const AN_HOUR_AGO = -3600

const { mock } = useTalkMock({
  setup: async (world) => {
    const now = world.clock.seconds()
    await world.addUser({
      id: 'alice',
      displayName: 'Alice Adams',
      email: 'alice@example.com',
      timezone: 'Pacific/Kiritimati',
    })
    await world.addUser({ id: 'bob', displayName: '=HYPERLINK("x")' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark' })
    await world.addUser({ id: 'dave', displayName: 'Dave Davis' })
    await world.addUser({ id: 'erin', displayName: 'Erin Evans' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP, name: 'Team: sync/plan - Q1' })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    await world.addAttendee(TOKEN, { actorId: 'carol' })
    await world.addAttendee(TOKEN, { actorId: 'dave', lastJoinedCall: now + AN_HOUR_AGO })
    await world.addAttendee(TOKEN, {
      actorType: 'emails',
      actorId: 'mail-hash',
      displayName: '@ext',
      invitedCloudId: 'ext@example.com',
      lastJoinedCall: now,
    })
    world.viewer = 'alice'
  },
})

/** Alice starts the call, Bob joins and leaves it again. */
async function runCall(): Promise<void> {
  await joinConversationAndCall(TOKEN)
  await joinConversationAndCall(TOKEN, 'bob')
  await talkFetch('DELETE', `/call/${TOKEN}`, { user: 'bob' })
}

describe('GET /call/{token}/download', () => {
  it('answers a CSV of everyone who joined since the call started, formulas defused', async () => {
    await runCall()

    const download = await rawFetch('GET', DOWNLOAD)

    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('text/csv')
    expect(download.text).toBe(
      [
        'name,email,type,identifier',
        '"Alice Adams",alice@example.com,users,alice',
        `"'=HYPERLINK(""x"")",,users,bob`,
        "'@ext,ext@example.com,emails,mail-hash",
        '',
      ].join('\n'),
    )
  })

  it("names the attachment after the conversation and today's date in the caller's time zone", async () => {
    await runCall()

    const download = await rawFetch('GET', DOWNLOAD)

    // 10:00 UTC on 1 January is already 2 January on Kiritimati (UTC+14).
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="Team-sync-plan-Q1 2026-01-02.csv"')
  })

  it('answers 400 with an empty body while no call is running', async () => {
    const download = await rawFetch('GET', DOWNLOAD)

    expect([download.status, download.text]).toEqual([400, ''])
  })

  it('answers 400 with an empty body when nobody joined the running call', async () => {
    const room = mock.world.conversations.get(TOKEN)!
    await mock.world.conversations.update(room, (draft) => {
      draft.activeSince = mock.clock.seconds() + 1
      draft.callFlag = 7
    })

    const download = await rawFetch('GET', DOWNLOAD)

    expect([download.status, download.text]).toEqual([400, ''])
  })

  it('answers 400 with an empty body to any format but csv', async () => {
    await runCall()

    const download = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${TOKEN}/download?format=pdf`))

    expect([download.status, download.text]).toEqual([400, ''])
  })

  it('answers 403 to a participant who is not a moderator, in XML since format=csv is no JSON', async () => {
    await runCall()

    const download = await rawFetch('GET', DOWNLOAD, { user: 'bob', headers: { Accept: 'application/json' } })

    expect(download.status).toBe(403)
    expect(download.text).toContain('<statuscode>403</statuscode>')
  })

  it('answers 404 to someone who is not a participant', async () => {
    await runCall()

    expect((await rawFetch('GET', DOWNLOAD, { user: 'erin' })).status).toBe(404)
  })

  it('needs no OCS-APIRequest header, as a plain browser link sends none', async () => {
    await runCall()

    const download = await fetch(DOWNLOAD)

    expect(download.status).toBe(200)
    expect((await download.text()).startsWith('name,email,type,identifier\n')).toBe(true)
  })
})
