import { CALL_FLAG } from '../../constants.js'
import type { CallPeer } from '../../index.js'
import { avatar, hueOf } from '../ui/avatar.js'
import { h, replaceChildren } from '../ui/dom.js'
import { icon } from '../ui/icons.js'
import type { CallState } from './call-session.js'

/** Tile sizes by how many are in the call: few peers get big tiles, a crowd small ones. */
function sizeOf(count: number): string {
  if (count <= 2) return 'grid-large'
  if (count <= 6) return 'grid-medium'
  if (count <= 12) return 'grid-small'
  return 'grid-dense'
}

/**
 * The participant grid: one tile per session in the call (name, initials avatar, microphone,
 * camera and phone icons), the viewer's own marked. The peer list has no flags; as Talk, the grid
 * takes them from signaling's `usersInRoom`.
 * @example
 * const grid = createParticipantGrid()
 */
export function createParticipantGrid() {
  const summary = h('p', { class: 'grid-summary', id: 'peer-summary' })
  const problem = h('p', { class: 'grid-problem', role: 'status' })
  const list = h('ul', { class: 'grid', 'aria-labelledby': 'peer-summary' })
  const element = h('section', { class: 'stage-grid' }, h('div', { class: 'grid-head' }, summary, problem), list)

  // Like Talk's, the grid always shows the viewer while in the call: between two polls the peer
  // list may miss the own session for a moment (a clock moved 31 s before the next ping).
  let self: CallPeer | undefined
  const withSelf = (state: CallState): CallPeer[] => {
    const peers = state.peers ?? []
    const own = state.room?.sessionId
    const listed = peers.find((peer) => peer.sessionId === own)
    if (listed) self = listed
    if (listed || !state.room || !(state.inCall & CALL_FLAG.IN_CALL) || state.peersStatus !== 200) return peers
    if (self?.sessionId !== own) self = undefined
    const { actorType, actorId, sessionId, token } = state.room
    return [...peers, self ?? { actorType, actorId, displayName: actorId, token, lastPing: 0, sessionId }]
  }

  return {
    element,
    update(state: CallState) {
      const peers = withSelf(state)
      const flags = new Map((state.users ?? []).map((user) => [user.sessionId, user.inCall]))
      const ownSession = state.room?.sessionId
      element.dataset.peerCount = String(peers.length)
      if (state.peersStatus === undefined) summary.textContent = 'Asking Talk who is in the call…'
      else if (peers.length === 0) summary.textContent = 'Nobody is in the call.'
      else summary.textContent = `${peers.length} ${peers.length === 1 ? 'person' : 'people'} in the call`
      const trouble = state.signalingProblem ?? state.peersProblem
      problem.textContent = trouble ?? ''
      problem.hidden = !trouble
      list.className = `grid ${sizeOf(peers.length)}`
      const sorted = [...peers].sort((a, b) => Number(b.sessionId === ownSession) - Number(a.sessionId === ownSession))
      replaceChildren(
        list,
        ...sorted.map((peer) => tile(peer, flags.get(peer.sessionId), peer.sessionId === ownSession)),
      )
    },
  }
}

function tile(peer: CallPeer, flags: number | undefined, self: boolean): HTMLElement {
  const name = peer.displayName || (peer.actorType === 'guests' ? 'Guest' : peer.actorId)
  const key = `${peer.actorType}/${peer.actorId}`
  const known = flags !== undefined
  const audio = known && (flags & CALL_FLAG.WITH_AUDIO) !== 0
  const video = known && (flags & CALL_FLAG.WITH_VIDEO) !== 0
  const phone = known && (flags & CALL_FLAG.WITH_PHONE) !== 0
  const label = [
    name,
    self && '(you)',
    audio ? 'microphone on' : 'muted',
    video ? 'camera on' : 'camera off',
    phone && 'on the phone',
  ]
  return h(
    'li',
    {
      class: `tile${self ? ' tile-self' : ''}${video ? ' tile-video' : ''}`,
      'aria-label': label.filter(Boolean).join(', '),
      style: `--hue: ${hueOf(key)}`,
    },
    avatar(peer.displayName, key),
    h(
      'div',
      { class: 'tile-footer' },
      h('span', { class: 'tile-name' }, name, self && h('span', { class: 'tile-you' }, ' (you)')),
      h(
        'span',
        { class: 'tile-icons', 'aria-hidden': 'true' },
        mediaIcon(audio ? 'mic' : 'micOff', audio),
        mediaIcon(video ? 'video' : 'videoOff', video),
        phone && mediaIcon('phone', true),
      ),
    ),
  )
}

function mediaIcon(name: Parameters<typeof icon>[0], on: boolean): HTMLElement {
  return h('span', { class: `media ${on ? 'media-on' : 'media-off'}` }, icon(name, 16))
}
