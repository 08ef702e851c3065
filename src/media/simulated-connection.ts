/**
 * What one side of a simulated peer's connection sends: a signaling message of Talk's
 * peer-to-peer protocol (`offer`, `answer`, `candidate`, `unshareScreen`) and a journal line.
 * @example
 * const wire: ConnectionWire = { send: (type, payload) => {}, log: (line) => {} }
 */
export interface ConnectionWire {
  send(type: string, payload?: unknown): void
  log(line: string): void
}

/** An address no packet reaches (TEST-NET-1): the one candidate a failing peer gives. */
const UNREACHABLE_CANDIDATE = 'candidate:1 1 udp 2122260223 192.0.2.1 9 typ host generation 0'

/**
 * One RTCPeerConnection of a simulated peer with one client, for its camera and microphone
 * (`video`, with the `status` data channel Talk's client reads) or for a screen (`screen`). It
 * answers and makes offers as Talk's client does, adds candidates, and never throws: what it
 * cannot do it journals. A failing one gathers no candidates and takes none, so ICE fails.
 * @example
 * const connection = new SimulatedConnection({ type: 'video', sid, failing: false, wire })
 * connection.addTracks(tracks, stream)
 * await connection.offer()
 */
export class SimulatedConnection {
  readonly pc: RTCPeerConnection
  readonly type: 'video' | 'screen'
  readonly sid: string
  readonly #wire: ConnectionWire
  readonly #failing: boolean
  readonly #status: RTCDataChannel | undefined
  readonly #pending: string[] = []
  #closed = false

  constructor(options: { type: 'video' | 'screen'; sid: string; failing: boolean; wire: ConnectionWire }) {
    this.type = options.type
    this.sid = options.sid
    this.#wire = options.wire
    this.#failing = options.failing
    this.pc = new RTCPeerConnection(options.failing ? { iceTransportPolicy: 'relay' } : {})
    this.pc.addEventListener('icecandidate', ({ candidate }) => {
      if (!candidate || this.#closed || this.#failing) return
      const { candidate: line, sdpMid, sdpMLineIndex } = candidate
      this.#wire.send('candidate', { candidate: { candidate: line, sdpMid, sdpMLineIndex } })
    })
    if (this.type === 'video') {
      this.#status = this.pc.createDataChannel('status')
      this.#status.addEventListener('open', () => this.#pending.splice(0).forEach((text) => this.#status?.send(text)))
    }
  }

  /** Sends tracks of one stream. @example connection.addTracks([track], stream) */
  addTracks(tracks: MediaStreamTrack[], stream: MediaStream): void {
    for (const track of tracks) this.pc.addTrack(track, stream)
  }

  /** Sends `track` instead of what its kind sent (null: nothing, as Talk's client does when muted). @example await connection.replace('video', null) */
  async replace(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<void> {
    // The receiver's track always has the transceiver's kind, even while the sender sends nothing.
    const transceiver = this.pc.getTransceivers().find((candidate) => candidate.receiver.track.kind === kind)
    await transceiver?.sender
      .replaceTrack(track)
      .catch((error: unknown) => this.#wire.log(`could not switch ${kind}: ${String(error)}`))
  }

  /** Makes an offer and sends it. @example await connection.offer() */
  async offer(): Promise<void> {
    await this.#attempt('make an offer', async () => {
      await this.pc.setLocalDescription(await this.pc.createOffer())
      this.#wire.send('offer', { type: 'offer', sdp: this.pc.localDescription!.sdp })
      this.#giveUnreachableCandidate()
    })
  }

  /** Takes an offer (a new one, or a renegotiation) and answers it. @example await connection.answerOffer(payload) */
  async answerOffer(payload: unknown): Promise<void> {
    const sdp = sdpOf(payload)
    if (sdp === undefined) return this.#wire.log('an offer without SDP was ignored')
    if (!/^m=/m.test(sdp)) this.#wire.log('an offer with no media sections: answered with none')
    await this.#attempt('answer an offer', async () => {
      if (this.pc.signalingState === 'have-local-offer') {
        // Both offered at once: Talk's client on the other side wins, as its offer came in.
        this.#wire.log('an offer crossed our own mid-negotiation: ours was rolled back')
        await this.pc.setLocalDescription({ type: 'rollback' })
      }
      await this.pc.setRemoteDescription({ type: 'offer', sdp })
      await this.pc.setLocalDescription(await this.pc.createAnswer())
      this.#wire.send('answer', { type: 'answer', sdp: this.pc.localDescription!.sdp })
      this.#giveUnreachableCandidate()
    })
  }

  /** Takes the answer to its offer. @example await connection.takeAnswer(payload) */
  async takeAnswer(payload: unknown): Promise<void> {
    const sdp = sdpOf(payload)
    if (sdp === undefined || this.pc.signalingState !== 'have-local-offer') {
      return this.#wire.log(`an answer came while none was awaited (${this.pc.signalingState}): ignored`)
    }
    await this.#attempt('take an answer', () => this.pc.setRemoteDescription({ type: 'answer', sdp }))
  }

  /** Adds a remote candidate (none while failing). @example await connection.addCandidate(payload) */
  async addCandidate(payload: unknown): Promise<void> {
    if (this.#failing) return
    const candidate = (payload as { candidate?: RTCIceCandidateInit } | undefined)?.candidate
    if (!candidate || typeof candidate.candidate !== 'string')
      return this.#wire.log('a candidate without a candidate line')
    await this.#attempt('add a candidate', () => this.pc.addIceCandidate(candidate))
  }

  /** Sends a message on the `status` data channel (queued until it opens). @example connection.sendStatus('speaking') */
  sendStatus(type: string, payload?: unknown): void {
    if (!this.#status || this.#closed) return
    const text = JSON.stringify(payload === undefined ? { type } : { type, payload })
    if (this.#status.readyState === 'open') this.#status.send(text)
    else this.#pending.push(text)
  }

  /** Sends a signaling message on this connection. @example connection.send('unshareScreen') */
  send(type: string, payload?: unknown): void {
    this.#wire.send(type, payload)
  }

  /** Closes the connection. @example connection.close() */
  close(): void {
    this.#closed = true
    this.pc.close()
  }

  get closed(): boolean {
    return this.#closed
  }

  /** A failing peer still names an address, so the client checks it, and ICE fails instead of waiting. */
  #giveUnreachableCandidate(): void {
    if (!this.#failing) return
    const mid = this.pc.getTransceivers()[0]?.mid ?? '0'
    this.#wire.send('candidate', { candidate: { candidate: UNREACHABLE_CANDIDATE, sdpMid: mid, sdpMLineIndex: 0 } })
  }

  async #attempt(action: string, work: () => Promise<void>): Promise<void> {
    if (this.#closed) return
    try {
      await work()
    } catch (error) {
      if (!this.#closed)
        this.#wire.log(`could not ${action}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

function sdpOf(payload: unknown): string | undefined {
  const sdp = (payload as { sdp?: unknown } | undefined)?.sdp
  return typeof sdp === 'string' ? sdp : undefined
}
