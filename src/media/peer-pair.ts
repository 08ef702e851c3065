import { CALL_FLAG } from '../constants.js'
import type { PeerMedia } from '../signaling/simulated-peers.js'
import type { CallMember, MediaLink } from './media-link.js'
import type { PeerSource } from './peer-source.js'
import { SimulatedConnection } from './simulated-connection.js'

/** How long Talk's client waits for an offer before it makes its own (and again after each wait). */
export const OFFER_WAIT_MS = 10_000

/**
 * A simulated peer and one client in the same call: the peer's connections with it (its camera
 * and microphone, its screen while it shares one, the client's screen while the client shares
 * one), made as Talk's client makes them.
 * @example
 * const pair = new PeerPair(link, peer, client, { source: () => source, sid: () => String(Date.now()) })
 * pair.start(media)
 */
export class PeerPair {
  peer: CallMember
  client: CallMember
  video: SimulatedConnection | undefined
  screen: SimulatedConnection | undefined
  incomingScreen: SimulatedConnection | undefined
  readonly #link: MediaLink
  readonly #source: () => PeerSource
  readonly #sid: () => string
  #wait: ReturnType<typeof setInterval> | undefined

  constructor(
    link: MediaLink,
    peer: CallMember,
    client: CallMember,
    make: { source: () => PeerSource; sid: () => string },
  ) {
    this.#link = link
    this.peer = peer
    this.client = client
    this.#source = make.source
    this.#sid = make.sid
  }

  /**
   * Talk's rule of who offers: the side with streams, when the other has none or the smaller
   * session id; the other waits, and offers itself after `OFFER_WAIT_MS` without one.
   * @example pair.start(link.media(peer.sessionId))
   */
  start(media: PeerMedia): void {
    if (hasStreams(this.peer.inCall)) {
      if (!hasStreams(this.client.inCall) || this.client.sessionId < this.peer.sessionId) void this.offerVideo(media)
      else this.#waitForOffer()
    }
    if (media.screen) void this.shareScreen(media)
  }

  /** Offers the peer's camera and microphone on a new connection (the old one closes). @example await pair.offerVideo(media) */
  async offerVideo(media: PeerMedia): Promise<void> {
    const connection = this.#openVideo(this.#sid(), media)
    await connection.offer()
  }

  /** Answers the client's offer: a renegotiation of the same connection, or a new one. @example await pair.answerVideo(message, media) */
  async answerVideo(message: Record<string, unknown>, media: PeerMedia): Promise<void> {
    const sid = typeof message.sid === 'string' ? message.sid : this.#sid()
    const connection = this.video?.sid === sid && !this.video.closed ? this.video : this.#openVideo(sid, media)
    this.#stopWaiting()
    await connection.answerOffer(message.payload)
  }

  /** Shares the peer's screen on a connection of its own, as Talk's client does. @example await pair.shareScreen(media) */
  async shareScreen(media: PeerMedia): Promise<void> {
    this.screen?.close()
    const source = this.#source()
    const connection = (this.screen = this.#connection('screen', this.#sid(), media.failing))
    const stream = source.screen()
    connection.addTracks(stream.getVideoTracks(), stream)
    await connection.offer()
  }

  /** Ends the screen share: `unshareScreen` to the client, and the connection closes. @example pair.stopScreen() */
  stopScreen(): void {
    if (!this.screen) return
    this.screen.send('unshareScreen')
    this.screen.close()
    this.screen = undefined
  }

  /** Answers the client's screen offer (the peer receives only). @example await pair.answerScreen(message) */
  async answerScreen(message: Record<string, unknown>): Promise<void> {
    const sid = typeof message.sid === 'string' ? message.sid : this.#sid()
    if (this.screen?.sid === sid) return this.screen.answerOffer(message.payload)
    if (this.incomingScreen?.sid !== sid) {
      this.incomingScreen?.close()
      this.incomingScreen = this.#connection('screen', sid, false, message.broadcaster)
    }
    await this.incomingScreen.answerOffer(message.payload)
  }

  /** The connection a message of the client is about: its room type's, with its `sid` when it names one. @example pair.connectionFor(message) */
  connectionFor(message: Record<string, unknown>): SimulatedConnection | undefined {
    const candidates = message.roomType === 'screen' ? [this.screen, this.incomingScreen] : [this.video]
    return candidates.find(
      (connection) => connection && !connection.closed && (message.sid === undefined || connection.sid === message.sid),
    )
  }

  /** Sends a `status` data channel message to the client (`speaking`, `audioOff`, ...). @example pair.status('speaking') */
  status(type: string, payload?: unknown): void {
    this.video?.sendStatus(type, payload)
  }

  /** Closes every connection and stops waiting. @example pair.close() */
  close(): void {
    this.#stopWaiting()
    for (const connection of [this.video, this.screen, this.incomingScreen]) connection?.close()
    this.video = this.screen = this.incomingScreen = undefined
  }

  #openVideo(sid: string, media: PeerMedia): SimulatedConnection {
    this.video?.close()
    const source = this.#source()
    const connection = (this.video = this.#connection('video', sid, media.failing))
    connection.addTracks(source.tracks, source.stream)
    if (!media.audio) void connection.replace('audio', null)
    if (!media.video) void connection.replace('video', null)
    const { peer } = this
    connection.sendStatus(peer.inCall & CALL_FLAG.WITH_AUDIO && media.audio ? 'audioOn' : 'audioOff')
    connection.sendStatus(peer.inCall & CALL_FLAG.WITH_VIDEO && media.video ? 'videoOn' : 'videoOff')
    connection.sendStatus(
      'nickChanged',
      peer.userId === null ? peer.displayName : { name: peer.displayName, userid: peer.userId },
    )
    if (media.speakingUntil > this.#link.now()) connection.sendStatus('speaking')
    return connection
  }

  #connection(type: 'video' | 'screen', sid: string, failing: boolean, broadcaster?: unknown): SimulatedConnection {
    const { peer, client } = this
    const link = this.#link
    // Talk's screen connections name who broadcasts: the sender's own session for the screen it offers.
    const from = type === 'screen' && broadcaster === undefined ? { broadcaster: peer.sessionId } : {}
    return new SimulatedConnection({
      type,
      sid,
      failing,
      wire: {
        send: (kind, payload) =>
          link.send(peer.sessionId, { to: client.sessionId, sid, roomType: type, type: kind, payload, ...from }),
        log: (line) => link.log(`${peer.displayName} (${type} with ${client.displayName}): ${line}`),
      },
    })
  }

  #waitForOffer(): void {
    this.#stopWaiting()
    this.#wait = setInterval(() => {
      if (this.video?.pc.remoteDescription) return this.#stopWaiting()
      void this.offerVideo(this.#link.media(this.peer.sessionId))
    }, OFFER_WAIT_MS)
  }

  #stopWaiting(): void {
    if (this.#wait !== undefined) clearInterval(this.#wait)
    this.#wait = undefined
  }
}

/**
 * Whether call flags send media (audio or video), as Talk's `userHasStreams`.
 * @example hasStreams(7) // true
 */
export function hasStreams(flags: number): boolean {
  return (flags & (CALL_FLAG.WITH_AUDIO | CALL_FLAG.WITH_VIDEO)) !== 0
}
