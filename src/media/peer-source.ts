import { CALL_FLAG } from '../constants.js'
import type { FrameTicker } from './frame-ticker.js'
import type { CallMember } from './media-link.js'
import { createSyntheticVideo } from './synthetic-video.js'
import { createSyntheticVoice } from './synthetic-voice.js'

/**
 * What a simulated peer's client captures: a camera when its call flags have video, a
 * microphone when they have audio (one stream of both), and a screen while it shares one.
 * @example
 * const source = createPeerSource(peer, { ticker, audio: () => context, now: () => Date.now() })
 * connection.addTracks(source.tracks, source.stream)
 */
export interface PeerSource {
  readonly flags: number
  readonly stream: MediaStream
  readonly tracks: MediaStreamTrack[]
  readonly camera: MediaStreamTrack | undefined
  readonly microphone: MediaStreamTrack | undefined
  speak(on: boolean): void
  /** The screen's stream, drawn from the first call on. */
  screen(): MediaStream
  stopScreen(): void
  stop(): void
}

/**
 * Builds a peer's source from its call flags (nothing for what they lack).
 * @example
 * const source = createPeerSource(peer, { ticker, audio: () => context, now: () => Date.now() })
 */
export function createPeerSource(
  peer: CallMember,
  shared: { ticker: FrameTicker; audio: () => AudioContext; now: () => number },
): PeerSource {
  const { ticker, now } = shared
  const name = peer.displayName
  const video = peer.inCall & CALL_FLAG.WITH_VIDEO ? createSyntheticVideo(ticker, { name, now }) : undefined
  const voice = peer.inCall & CALL_FLAG.WITH_AUDIO ? createSyntheticVoice(shared.audio(), pitchOf(name)) : undefined
  const tracks = [voice?.track, video?.track].filter((track): track is MediaStreamTrack => track !== undefined)
  let screen: ReturnType<typeof createSyntheticVideo> | undefined
  return {
    flags: peer.inCall,
    stream: new MediaStream(tracks),
    tracks,
    camera: video?.track,
    microphone: voice?.track,
    speak: (on) => voice?.speak(on),
    screen() {
      screen ??= createSyntheticVideo(ticker, { name, now, screen: true })
      return screen.stream
    },
    stopScreen() {
      screen?.stop()
      screen = undefined
    },
    stop() {
      video?.stop()
      voice?.stop()
      screen?.stop()
    },
  }
}

/** A voice pitch of its own per name, between 100 and 220 Hz. */
function pitchOf(name: string): number {
  let sum = 0
  for (const char of name) sum = (sum * 31 + char.codePointAt(0)!) % 997
  return 100 + (sum % 120)
}
