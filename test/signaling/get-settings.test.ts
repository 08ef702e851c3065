import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, LISTABLE, PARTICIPANT_TYPE, type World } from '../../src/index.js'
import { rawFetch } from '../support/raw-fetch.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const SETTINGS = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v3/signaling/settings'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'mallory', displayName: 'Mallory' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.GROUP })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addConversation({ token: 'webinar', type: CONVERSATION_TYPE.PUBLIC })
  await world.addConversation({ token: 'lounge', type: CONVERSATION_TYPE.GROUP, listable: LISTABLE.USERS })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world, apiVersions: ['v4'] })

describe('GET /signaling/settings', () => {
  it('answers internal signaling for a conversation the user is in', async () => {
    const { status, data } = await talkFetch('GET', `${SETTINGS}?token=team`)
    expect(status).toBe(200)
    expect(data).toMatchObject({
      signalingMode: 'internal',
      userId: 'alice',
      hideWarning: true,
      server: '',
      federation: null,
      stunservers: [],
      turnservers: [],
      sipDialinInfo: '',
    })
    const { ticket, helloAuthParams } = data as {
      ticket: string
      helloAuthParams: Record<string, Record<string, unknown>>
    }
    expect(ticket.split(':')).toHaveLength(4)
    expect(helloAuthParams['1.0']).toEqual({ userid: 'alice', ticket })
    expect(String(helloAuthParams['2.0']!.token).split('.')).toHaveLength(3)
  })

  it('names the keys 1.0 and 2.0 <element> in XML, as PHP finds them numeric', async () => {
    const { status, text } = await rawFetch('GET', `${SETTINGS}?token=team`)
    expect(status).toBe(200)
    const helloAuthParams = /\n {2}<helloAuthParams>\n([\s\S]*?)\n {2}<\/helloAuthParams>\n/.exec(text)?.[1]
    expect(helloAuthParams?.split('\n').filter((line) => /^ {3}<[^ /]/.test(line))).toEqual([
      '   <element>',
      '   <element>',
    ])
    expect(text).not.toMatch(/<\d/)
  })

  it('answers 200 without a token, as Talk does for old mobile apps', async () => {
    expect((await talkFetch('GET', SETTINGS)).status).toBe(200)
  })

  it('answers 200 for a public or listable conversation the user is not in', async () => {
    expect((await talkFetch('GET', `${SETTINGS}?token=webinar`, { user: 'mallory' })).status).toBe(200)
    expect((await talkFetch('GET', `${SETTINGS}?token=lounge`, { user: 'mallory' })).status).toBe(200)
  })

  it('answers 404 with data null for a conversation the caller cannot access', async () => {
    const result = await talkFetch('GET', `${SETTINGS}?token=team`, { user: 'mallory' })
    expect(result.status).toBe(404)
    expect(result.data).toBeNull()
    expect((await talkFetch('GET', `${SETTINGS}?token=nosuchroom`)).status).toBe(404)
  })

  it('gives a guest the settings of a public conversation only, with userId null', async () => {
    mock.viewer = null
    const publicRoom = await talkFetch('GET', `${SETTINGS}?token=webinar`)
    expect(publicRoom.status).toBe(200)
    expect(publicRoom.data).toMatchObject({ userId: null, helloAuthParams: { '1.0': { userid: null } } })
    expect((await talkFetch('GET', `${SETTINGS}?token=lounge`)).status).toBe(404)
  })

  it('answers the CSRF 412 without OCS-APIRequest or a request token', async () => {
    const result = await talkFetch('GET', `${SETTINGS}?token=team`, { ocsApiRequest: false })
    expect(result.status).toBe(412)
    expect(result.body).toEqual({ message: 'CSRF check failed' })
  })

  it('is served under v3 only, whatever call API versions the mock serves', async () => {
    const v4 = await talkFetch('GET', SETTINGS.replace('/v3/', '/v4/'))
    expect(v4.status).toBe(404)
    expect(v4.text).toMatch(/Invalid query/)
  })
})
