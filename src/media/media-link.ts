import type { PeerMedia } from '../signaling/simulated-peers.js'

/**
 * One session in a call, as the media engine sees it: whether it is a simulated peer or a client
 * that polls signaling (a real endpoint in the page), its call flags and who it is.
 * @example
 * const member: CallMember = { sessionId: 'abc', token: 'groupcall', inCall: 7, simulated: true, polls: false, displayName: 'Ada', userId: 'ada' }
 */
export interface CallMember {
  sessionId: string
  token: string
  inCall: number
  simulated: boolean
  polls: boolean
  displayName: string
  /** The user id; null for a guest (whose `nickChanged` is a plain string). */
  userId: string | null
}

/**
 * What the media engine needs of a mock: the members of calls, the peers' media state, the
 * messages sent to peers, and a way to send as them. The browser runtime links it to the mock in
 * the page (`linkToMock`); a page without the mock can link it to a control route instead.
 * @example
 * const stop = link.onMessage((to, message) => console.log(to, message.type))
 */
export interface MediaLink {
  members(): CallMember[]
  media(sessionId: string): PeerMedia
  /** The world's clock (epoch ms) and how fast it runs. */
  now(): number
  speed(): number
  /** Calls `listener` after changes of the world (joins, leaves, flags); returns the unsubscribe. */
  onChange(listener: () => void): () => void
  onMessage(listener: (to: string, message: Record<string, unknown>) => void): () => void
  onMedia(listener: (sessionId: string) => void): () => void
  /** Sends a signaling message as the simulated peer `from`. */
  send(from: string, message: Record<string, unknown>): void
  /** Journals one line under the `media` kind. */
  log(line: string): void
}
