import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CALL_FLAG,
  CONVERSATION_TYPE,
  PARTICIPANT_TYPE,
  createTalkMock,
  createTalkServer,
  type TalkServer,
  type WorldJson,
} from '../../src/runtimes/http-server.js'
import { CONTROL_MAX_BODY_BYTES } from '../../src/runtimes/http/read-body.js'

const MiB = 1024 * 1024

/** A world with one conversation whose call has `count` peers, each with one session. */
function crowdedWorld(count: number): WorldJson {
  const users = [{ id: 'host', displayName: 'Host' }]
  const attendees: NonNullable<NonNullable<WorldJson['conversations']>[number]['attendees']> = [
    { actorId: 'host', participantType: PARTICIPANT_TYPE.OWNER },
  ]
  for (let index = 1; index <= count; index++) {
    users.push({ id: `peer${index}`, displayName: `Peer ${index}` })
    attendees.push({ actorId: `peer${index}`, sessions: [{ inCall: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO }] })
  }
  return { viewer: 'host', users, conversations: [{ token: 'crowd1', type: CONVERSATION_TYPE.GROUP, attendees }] }
}

describe('GET world -> PUT world on the standalone server', () => {
  const mock = createTalkMock({ world: crowdedWorld(10_000) })
  let server: TalkServer

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
    await mock.ready
  })
  afterAll(() => server.close())

  it('loads back the dump of a world of 10,000 sessions, past 1 MiB, as the same dump', async () => {
    const dumped = await (await fetch(`${server.url}/__talk-mock/world`)).text()
    expect(Buffer.byteLength(dumped)).toBeGreaterThan(MiB)
    const put = await fetch(`${server.url}/__talk-mock/world`, { method: 'PUT', body: dumped })
    expect(put.status).toBe(200)
    expect(mock.world.sessions.all()).toHaveLength(10_000)
    expect(await (await fetch(`${server.url}/__talk-mock/world`)).text()).toBe(dumped)
  })

  it('answers 413 to a control body past its own limit, and to a Talk body past 1 MiB', async () => {
    const huge = JSON.stringify({ pad: 'x'.repeat(CONTROL_MAX_BODY_BYTES) })
    expect((await fetch(`${server.url}/__talk-mock/world`, { method: 'PUT', body: huge })).status).toBe(413)
    const talk = await fetch(`${server.url}/ocs/v2.php/apps/spreed/api/v4/call/crowd1`, {
      method: 'POST',
      headers: { 'OCS-APIRequest': 'true', 'Content-Type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(MiB) }),
    })
    expect(talk.status).toBe(413)
    expect(mock.world.sessions.all()).toHaveLength(10_000)
  })
})
