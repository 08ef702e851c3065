import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ocsUrl, rawFetch } from '../support/raw-fetch.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = 'abcd1234'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    world.viewer = 'alice'
  },
})

const room = ocsUrl(2, `/api/v4/room/${TOKEN}`)
const inCall = () => mock.world.sessions.all().map((session) => session.inCall)

describe('Accept negotiation as Request::getFormat does it', () => {
  it.each([
    ['application/json', 'application/json; charset=utf-8'],
    ['application/json, text/plain, */*', 'application/json; charset=utf-8'],
    ['  Application/JSON ', 'application/json; charset=utf-8'],
    ['text/html, application/json', 'application/json; charset=utf-8'],
    // The text after "application/" names the responder: "json; charset=utf-8" is none, so XML.
    ['application/json; charset=utf-8', 'application/xml; charset=utf-8'],
    ['application/json;q=0.9', 'application/xml; charset=utf-8'],
    ['application/xml, application/json', 'application/xml; charset=utf-8'],
    ['text/plain', 'application/xml; charset=utf-8'],
  ])('answers Accept %j with %s', async (accept, type) => {
    const answer = await rawFetch('GET', room, { headers: { Accept: accept } })
    expect([answer.status, answer.headers.get('content-type')]).toEqual([200, type])
  })

  it.each([
    ['json', 'application/json; charset=utf-8'],
    ['JSON', 'application/xml; charset=utf-8'],
    ['', 'application/xml; charset=utf-8'],
  ])('answers ?format=%s with %s, whatever Accept says', async (format, type) => {
    const answer = await rawFetch('GET', `${room}?format=${format}`, { headers: { Accept: 'application/json' } })
    expect(answer.headers.get('content-type')).toBe(type)
  })
})

describe('HEAD on a GET route', () => {
  it('answers as GET does, without a body', async () => {
    const get = await rawFetch('GET', `${room}?format=json`)
    const head = await rawFetch('HEAD', `${room}?format=json`)
    expect([head.status, head.headers.get('content-type'), head.text]).toEqual([
      200,
      get.headers.get('content-type'),
      '',
    ])
  })

  it('sends no body with any HEAD answer, an unknown route and a control route included', async () => {
    const unknown = await fetch(ocsUrl(2, '/api/v3/call/abcd1234'), { method: 'HEAD' })
    const control = await fetch('https://cloud.example.com/__talk-mock/scenario', { method: 'HEAD' })
    expect([unknown.status, await unknown.text()]).toEqual([404, ''])
    expect(await control.text()).toBe('')
  })

  it('still needs the CSRF header, and is 405 where no GET route is', async () => {
    const noHeader = await fetch(`${room}?format=json`, { method: 'HEAD' })
    expect(noHeader.status).toBe(412)
    const onPostRoute = await rawFetch('HEAD', ocsUrl(2, `/api/v4/room/${TOKEN}/participants/active`))
    expect(onPostRoute.status).toBe(405)
  })
})

describe('multipart/form-data bodies', () => {
  it('reads the fields of a multipart POST, as PHP fills $_POST', async () => {
    await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    const form = new FormData()
    form.set('flags', '1')
    const joined = await fetch(ocsUrl(2, `/api/v4/call/${TOKEN}?format=json`), {
      method: 'POST',
      headers: { 'OCS-APIRequest': 'true' },
      body: form,
    })
    expect(joined.status).toBe(200)
    expect(inCall()).toEqual([1])
  })

  it('ignores a multipart PUT body, as PHP and Nextcloud leave it unread', async () => {
    await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })
    const form = new FormData()
    form.set('flags', '1')
    const updated = await fetch(ocsUrl(2, `/api/v4/call/${TOKEN}?format=json`), {
      method: 'PUT',
      headers: { 'OCS-APIRequest': 'true' },
      body: form,
    })
    const body = (await updated.json()) as { ocs: { data: unknown } }
    expect([updated.status, body.ocs.data]).toEqual([400, { error: 'flags' }])
    expect(inCall()).toEqual([3])
  })
})
