import { avatar } from '../ui/avatar.js'
import { h, replaceChildren } from '../ui/dom.js'
import type { CallState } from './call-session.js'
import { viewOf } from './call-view.js'
import { kindOf, roleOf } from './room.js'

/**
 * The conversation header: name, kind, who the viewer is, and the state Talk's answer tells
 * (call running or not, lobby, read-only).
 * @example
 * const header = createCallHeader()
 * header.update(session.state)
 */
export function createCallHeader() {
  const picture = h('span', { class: 'room-avatar-slot' })
  const title = h('h1', { class: 'room-name', id: 'room-name' })
  const subtitle = h('p', { class: 'room-subtitle' })
  const badges = h('ul', { class: 'badges', 'aria-label': 'Conversation state' })
  const element = h(
    'header',
    { class: 'call-header' },
    picture,
    h('div', { class: 'room-title' }, title, subtitle),
    badges,
  )

  return {
    element,
    update(state: CallState) {
      const view = viewOf(state)
      const room = view.room
      const name = room?.displayName || state.token || 'No conversation'
      replaceChildren(picture, avatar(name, state.token, 'avatar avatar-room'))
      title.textContent = name
      subtitle.textContent = room
        ? `${kindOf(room.type)} · ${room.token} · ${room.actorType === 'guests' ? 'you are a guest' : `you are ${room.actorId} (${roleOf(room.participantType)})`}`
        : `Conversation ${state.token} · ${phaseText[state.phase]}`
      // Counted as the grid counts: the viewer in the call is there before the next peer list has it.
      const peers = state.peers ?? []
      const selfMissing = view.inCall && !peers.some((peer) => peer.sessionId === room?.sessionId)
      const count = state.peersStatus === 200 ? peers.length + (selfMissing ? 1 : 0) : undefined
      replaceChildren(
        badges,
        room &&
          (view.callRunning || view.inCall
            ? badge('live', count === undefined ? 'Call running' : `Call running · ${count} in call`)
            : badge('idle', 'No call running')),
        room && room.lobbyState !== 0 && badge('warn', 'Lobby on'),
        view.readOnly && badge('warn', 'Read-only'),
        !view.readOnly && view.callsForbidden && badge('warn', 'Calls unavailable'),
        view.inCall && badge('self', 'You are in the call'),
        room && recordingBadge(room.callRecording),
      )
    },
  }
}

const phaseText: Record<CallState['phase'], string> = {
  connecting: 'joining…',
  joined: 'joined',
  left: 'left',
  password: 'password needed',
  conflict: 'session conflict',
  'not-found': 'not found',
  forbidden: 'forbidden',
  unreachable: 'unreachable',
}

/** The recording state as Talk's call UI tells it (`callRecording`). */
function recordingBadge(callRecording: number): HTMLElement | undefined {
  const text = RECORDING_TEXT[callRecording]
  if (text === undefined) return undefined
  return h('li', { class: `badge badge-${callRecording === 5 ? 'warn' : 'live'}`, id: 'recording-state' }, text)
}

const RECORDING_TEXT: Record<number, string> = {
  1: 'Recording video',
  2: 'Recording audio',
  3: 'Recording starting…',
  4: 'Recording starting…',
  5: 'Recording failed',
}

function badge(kind: string, text: string): HTMLElement {
  return h('li', { class: `badge badge-${kind}` }, text)
}
