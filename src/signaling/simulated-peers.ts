import { CALL_FLAG } from '../constants.js'
import type { Journal } from '../journal/journal.js'
import { encodePhpJson } from '../ocs/php-json.js'
import type { World } from '../world/world.js'
import type { SignalingHub } from './signaling-hub.js'

/**
 * What a simulated peer's client does with its media beyond its call flags (which say what it
 * has): whether it muted its microphone or camera, until when it speaks (world clock, epoch ms),
 * whether it shares its screen, and whether its connections fail.
 * @example
 * const media: PeerMedia = { audio: true, video: false, speakingUntil: 0, screen: false, failing: false }
 */
export interface PeerMedia {
  audio: boolean
  video: boolean
  speakingUntil: number
  screen: boolean
  failing: boolean
}

/**
 * What reaches the simulated peers: a message a client sent one of them, or a change of one's media.
 * @example
 * const event: PeerEvent = { kind: 'media', world, sessionId: 'abc', media }
 */
export type PeerEvent =
  | { kind: 'message'; world: World; to: string; message: Record<string, unknown> }
  | { kind: 'media'; world: World; sessionId: string; media: PeerMedia }

const UNMUTED: PeerMedia = { audio: true, video: true, speakingUntil: 0, screen: false, failing: false }

/**
 * The clients of the simulated peers, as far as signaling sees them: the messages addressed to
 * them (handed to whoever listens, a media engine in a page; dropped otherwise, as Talk keeps them
 * unread), their media state per world, and messages they send. A moderator's `forceMute` mutes
 * one here, so it holds without any engine. Costs nothing until a listener or an event uses it.
 * @example
 * const peers = new SimulatedPeers(hub, journal)
 * const stop = peers.listen((event) => console.log(event.kind))
 */
export class SimulatedPeers {
  readonly #hub: SignalingHub
  readonly #journal: Pick<Journal, 'record'>
  readonly #media = new WeakMap<World, Map<string, PeerMedia>>()
  readonly #listeners = new Set<(event: PeerEvent) => void>()

  constructor(hub: SignalingHub, journal: Pick<Journal, 'record'>) {
    this.#hub = hub
    this.#journal = journal
    hub.deliverToPeers((world, to, text) => this.#receive(world, to, text))
  }

  /** Calls `listener` with every peer event; returns the unsubscribe. @example const stop = peers.listen(console.log) */
  listen(listener: (event: PeerEvent) => void): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  /** A simulated peer's media state (unmuted, silent, no screen when never changed). @example peers.media(world, id).audio */
  media(world: World, sessionId: string): PeerMedia {
    return this.#media.get(world)?.get(sessionId) ?? UNMUTED
  }

  /** Changes a simulated peer's media state and tells the listeners. @example peers.setMedia(world, id, { video: false }) */
  setMedia(world: World, sessionId: string, change: Partial<PeerMedia>): void {
    let states = this.#media.get(world)
    if (!states) this.#media.set(world, (states = new Map()))
    const media = { ...this.media(world, sessionId), ...change }
    states.set(sessionId, media)
    this.#emit({ kind: 'media', world, sessionId, media })
  }

  /**
   * Sends a signaling message as the simulated peer `from` (its `from` is set here), to one
   * session. @example peers.send(world, peerId, { to: clientId, type: 'answer', roomType: 'video', payload })
   */
  send(world: World, from: string, message: Record<string, unknown>): void {
    if (typeof message.to !== 'string') return
    this.#hub.post(world, message.to, encodePhpJson({ ...message, from }))
    this.#hub.changed()
  }

  /**
   * Sends a message to every other session in the peer's call, as Talk's `sendToAll` does
   * (`mute`, `unmute`, `nickChanged`). @example peers.sendToAll(world, peerId, 'mute', { name: 'audio' })
   */
  sendToAll(world: World, from: string, type: string, payload: unknown): void {
    const own = world.sessions.get(from)
    const token = own && world.attendees.get(own.attendeeId)?.token
    if (!own || token === undefined) return
    for (const attendee of world.attendees.inGroup(token)) {
      for (const session of world.sessions.inGroup(attendee.id)) {
        if (session.sessionId === from || !(session.inCall & CALL_FLAG.IN_CALL)) continue
        this.send(world, from, { to: session.sessionId, roomType: 'video', type, payload })
      }
    }
  }

  /** Journals one line under the `media` kind. @example peers.log(world, 'offer from abc has no media sections') */
  log(world: World, line: string): void {
    const entry = { time: world.clock.now(), method: 'MEDIA', path: '/media', requestBody: line, durationMs: 0 }
    this.#journal.record({ ...entry, kind: 'media' }, undefined)
  }

  #receive(world: World, to: string, text: string): void {
    let message: Record<string, unknown>
    try {
      message = JSON.parse(text) as Record<string, unknown>
    } catch {
      return
    }
    const payload = message.payload as { action?: unknown; peerId?: unknown } | undefined
    if (message.type === 'control' && payload?.action === 'forceMute' && payload.peerId === to) {
      // Talk's client mutes itself and tells everyone, as if its user had muted.
      if (this.media(world, to).audio) {
        this.setMedia(world, to, { audio: false })
        this.sendToAll(world, to, 'mute', { name: 'audio' })
      }
    }
    this.#emit({ kind: 'message', world, to, message })
  }

  #emit(event: PeerEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event)
      } catch {
        // A listener's failure is its own: signaling goes on for everyone else.
      }
    }
  }
}
