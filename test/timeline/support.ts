import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/constants.js'
import { createTalkMock, type TalkMock } from '../../src/index.js'
import { onUnhandled } from '../../src/msw/majors.js'
import type { TimelineEvent } from '../../src/timeline/timeline-schema.js'
import type { WorldJson } from '../../src/world/world-json.js'
import { poll } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'

/** The conversation of the timeline tests: public, so guests may join. */
export const TOKEN = 'livecall'

/**
 * A public conversation where `mod` (the owner) is in the call; `alice` (the viewer), `bob` and
 * `carol` are members without a session; the timeline is `events`.
 */
export function liveWorld(events: TimelineEvent[], conversation: Record<string, unknown> = {}): WorldJson {
  return {
    viewer: 'alice',
    users: ['alice', 'mod', 'bob', 'carol'].map((id) => ({ id, displayName: id.toUpperCase() })),
    conversations: [
      {
        token: TOKEN,
        type: CONVERSATION_TYPE.PUBLIC,
        name: 'Live',
        ...conversation,
        attendees: [
          { actorId: 'mod', participantType: PARTICIPANT_TYPE.OWNER, sessions: [{ inCall: CALL_FLAG.IN_CALL }] },
          { actorId: 'alice', participantType: PARTICIPANT_TYPE.USER },
          { actorId: 'bob', participantType: PARTICIPANT_TYPE.USER },
          { actorId: 'carol', participantType: PARTICIPANT_TYPE.USER },
        ],
      },
    ],
    timeline: events,
  }
}

/** One MSW server for the file; `start` serves a mock of `liveWorld(events)` with the viewer in the conversation. */
export function useLiveCall() {
  const server = setupServer()
  beforeAll(() => server.listen(onUnhandled('error')))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    async start(events: TimelineEvent[], conversation?: Record<string, unknown>): Promise<TalkMock> {
      const mock = createTalkMock({ world: liveWorld(events, conversation) })
      server.use(...mock.handlers)
      await mock.ready
      const joined = await talkFetch('POST', `/room/${TOKEN}/participants/active`)
      if (joined.status !== 200) throw new Error(`the viewer could not join: ${joined.text}`)
      // The first poll answers at once; later ones answer what changed since.
      await poll(TOKEN)
      return mock
    },
  }
}

/** Who GET /call lists in the call, sorted. */
export async function callPeers(): Promise<string[]> {
  const { status, data } = await talkFetch('GET', `/call/${TOKEN}`)
  if (status !== 200) throw new Error(`GET /call answered ${status}`)
  return (data as Array<{ actorId: string }>).map((peer) => peer.actorId).sort()
}

/** What the viewer's next poll says of the room, as `actorId: inCall` of each session it lists. */
export async function polledPeers(): Promise<Record<string, number>> {
  const { status, users } = await poll(TOKEN)
  if (status !== 200) throw new Error(`the poll answered ${status}`)
  const entries = users.filter((user) => user.actorId !== 'alice')
  return Object.fromEntries(entries.map((user) => [String(user.actorId), Number(user.inCall)]))
}
