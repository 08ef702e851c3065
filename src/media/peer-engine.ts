import type { PeerMedia } from '../signaling/simulated-peers.js'
import { FrameTicker } from './frame-ticker.js'
import type { CallMember, MediaLink } from './media-link.js'
import { PeerPair } from './peer-pair.js'
import { createPeerSource, type PeerSource } from './peer-source.js'

/**
 * Makes every simulated peer in a call a WebRTC endpoint for the clients in the page: it offers
 * and answers as Talk's client does over the link's signaling, sends a canvas video and a
 * generated voice that follow its media state (muted, speaking, sharing the screen, failing),
 * and tells its state on the `status` data channel. Nothing (no connection, canvas or audio) is
 * made before a client that polls signaling is in a call with a peer. Returns the stop.
 * @example
 * const stop = startPeerEngine(linkToMock(mock))
 */
export function startPeerEngine(link: MediaLink): () => void {
  const pairs = new Map<string, PeerPair>()
  const sources = new Map<string, PeerSource>()
  const applied = new Map<string, PeerMedia>()
  const speaking = new Map<string, ReturnType<typeof setTimeout>>()
  let ticker: FrameTicker | undefined
  let audio: AudioContext | undefined
  let lastSid = 0
  const sid = () => String((lastSid = Math.max(lastSid + 1, Date.now())))

  const sourceOf = (peer: CallMember): PeerSource => {
    const known = sources.get(peer.sessionId)
    if (known?.flags === peer.inCall) return known
    known?.stop()
    ticker ??= new FrameTicker()
    const source = createPeerSource(peer, {
      ticker,
      audio: () => (audio ??= new AudioContext()),
      now: () => link.now(),
    })
    void audio?.resume().catch(() => undefined)
    if (link.media(peer.sessionId).speakingUntil > link.now()) source.speak(true)
    sources.set(peer.sessionId, source)
    return source
  }

  const reconcile = () => {
    const members = link.members()
    const clients = members.filter((member) => member.polls && !member.simulated)
    const peers = members.filter((member) => member.simulated)
    const wanted = new Set<string>()
    for (const client of clients) {
      for (const peer of peers) {
        if (peer.token !== client.token) continue
        const key = keyOf(peer.sessionId, client.sessionId)
        wanted.add(key)
        const pair = pairs.get(key)
        if (pair && pair.peer.inCall === peer.inCall && pair.client.inCall === client.inCall) continue
        pair?.close()
        const fresh = new PeerPair(link, peer, client, { source: () => sourceOf(peer), sid })
        pairs.set(key, fresh)
        fresh.start(link.media(peer.sessionId))
      }
    }
    for (const [key, pair] of pairs) {
      if (wanted.has(key)) continue
      pair.close()
      pairs.delete(key)
    }
    const live = new Set([...pairs.values()].map((pair) => pair.peer.sessionId))
    for (const [id, source] of sources) {
      if (live.has(id)) continue
      source.stop()
      sources.delete(id)
      applied.delete(id)
    }
  }

  const pairsOf = (peerId: string) => [...pairs.values()].filter((pair) => pair.peer.sessionId === peerId)

  const followMedia = (peerId: string) => {
    const media = link.media(peerId)
    const before = applied.get(peerId) ?? { ...media, speakingUntil: 0, audio: true, video: true }
    applied.set(peerId, media)
    const own = pairsOf(peerId)
    const source = sources.get(peerId)
    for (const kind of ['audio', 'video'] as const) {
      if (media[kind] === before[kind]) continue
      const track = kind === 'audio' ? source?.microphone : source?.camera
      for (const pair of own) {
        void pair.video?.replace(kind, media[kind] ? (track ?? null) : null)
        pair.status(`${kind}${media[kind] ? 'On' : 'Off'}`)
      }
    }
    if (media.speakingUntil !== before.speakingUntil) speak(peerId, media.speakingUntil)
    if (media.screen !== before.screen) {
      for (const pair of own) void (media.screen ? pair.shareScreen(media) : pair.stopScreen())
      if (!media.screen) source?.stopScreen()
    }
    if (media.failing && !before.failing) {
      // Its connections break: new ones, which fail, as Talk's client tries again after a failure.
      for (const pair of own) void pair.offerVideo(media)
    }
  }

  const speak = (peerId: string, until: number) => {
    clearTimeout(speaking.get(peerId))
    const left = (until - link.now()) / Math.max(link.speed(), 0.001)
    const on = left > 0
    sources.get(peerId)?.speak(on)
    for (const pair of pairsOf(peerId)) pair.status(on ? 'speaking' : 'stoppedSpeaking')
    if (on)
      speaking.set(
        peerId,
        setTimeout(() => speak(peerId, link.media(peerId).speakingUntil), left),
      )
  }

  const receive = (to: string, message: Record<string, unknown>) => {
    const from = typeof message.from === 'string' ? message.from : ''
    const pair = pairs.get(keyOf(to, from))
    const type = String(message.type)
    if (!['offer', 'answer', 'candidate'].includes(type)) {
      if (type === 'unshareScreen') pair?.incomingScreen?.close()
      return
    }
    if (!pair) return link.log(`${type} from a session in no call with the peer it names: ignored`)
    if (type === 'offer') {
      const media = link.media(to)
      void (message.roomType === 'screen' ? pair.answerScreen(message) : pair.answerVideo(message, media))
      return
    }
    const connection = pair.connectionFor(message)
    if (!connection)
      return link.log(`${type} from ${pair.client.displayName} for no connection of ${pair.peer.displayName}: ignored`)
    void (type === 'answer' ? connection.takeAnswer(message.payload) : connection.addCandidate(message.payload))
  }

  const stops = [
    link.onChange(reconcile),
    link.onMessage((to, message) => {
      try {
        receive(to, message)
      } catch (error) {
        link.log(`a message could not be handled: ${String(error)}`)
      }
    }),
    link.onMedia(followMedia),
  ]
  reconcile()
  return () => {
    stops.forEach((stop) => stop())
    speaking.forEach((timer) => clearTimeout(timer))
    pairs.forEach((pair) => pair.close())
    sources.forEach((source) => source.stop())
    pairs.clear()
    sources.clear()
    void audio?.close().catch(() => undefined)
  }
}

function keyOf(peerId: string, clientId: string): string {
  return `${peerId} ${clientId}`
}
