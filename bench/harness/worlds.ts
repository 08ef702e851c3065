import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE, type WorldJson } from '../../src/index.js'

/** The conversation every benchmark world is about. */
export const BENCH_TOKEN = 'benchcall'

type Conversation = NonNullable<WorldJson['conversations']>[number]

const NAMES = ['Ana Lima', 'Jörg Müller', 'Chloé Martin', 'Wei Zhang', 'Kwame Mensah', 'Olga Petrova']
const { IN_CALL, WITH_AUDIO, WITH_VIDEO } = CALL_FLAG
const FLAGS = [IN_CALL | WITH_AUDIO | WITH_VIDEO, IN_CALL | WITH_AUDIO, IN_CALL, IN_CALL | WITH_VIDEO]

/**
 * A world spelled out in full (names and session ids given, nothing left to faker), so two
 * worlds built from it answer byte-identically: the viewer `alice` is a member of
 * `benchcall`, in whose call `peers` users are; `otherConversations` more conversations of
 * `othersSize` members in a call each come before it.
 * @example
 * const mock = createTalkMock({ world: callWorld({ peers: 10 }) })
 */
export function callWorld(options: { peers: number; otherConversations?: number; othersSize?: number }): WorldJson {
  const { peers, otherConversations = 0, othersSize = 5 } = options
  const userCount = Math.max(peers, otherConversations > 0 ? othersSize : 0)
  const users = [{ id: 'alice', displayName: 'Alice Adams' }]
  for (let index = 1; index <= userCount; index++) {
    users.push({ id: `peer${index}`, displayName: `${NAMES[index % NAMES.length]} ${index}` })
  }
  const conversations: Conversation[] = []
  for (let index = 1; index <= otherConversations; index++) {
    conversations.push(groupCall(`other${String(index).padStart(4, '0')}`, othersSize, false))
  }
  conversations.push(groupCall(BENCH_TOKEN, peers, true))
  return { clock: '2026-01-01T10:00:00Z', viewer: 'alice', users, conversations }
}

function groupCall(token: string, peers: number, withViewer: boolean): Conversation {
  const attendees: NonNullable<Conversation['attendees']> = []
  for (let index = 1; index <= peers; index++) {
    attendees.push({
      actorId: `peer${index}`,
      participantType: index === 1 ? PARTICIPANT_TYPE.OWNER : PARTICIPANT_TYPE.USER,
      sessions: [{ sessionId: sessionId(`${token}/${index}`), inCall: FLAGS[index % FLAGS.length] }],
    })
  }
  if (withViewer) attendees.push({ actorId: 'alice', participantType: PARTICIPANT_TYPE.USER })
  return { token, type: CONVERSATION_TYPE.GROUP, name: `Call ${token}`, attendees }
}

/** 255 characters of a-z0-9, as Talk's session ids, derived from `seed` (an FNV/LCG stream). */
function sessionId(seed: string): string {
  let state = 2166136261
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let id = ''
  for (let index = 0; index < 255; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    id += alphabet[(state >>> 16) % alphabet.length]
  }
  return id
}
