/** Syllables per second of the generated voice's envelope. */
const SYLLABLE_RATE = 4

/**
 * A generated voice for a simulated peer: a buzz at a pitch of its own, filtered to a vowel-like
 * sound, its loudness rising and falling a few times a second as syllables do. Silent unless
 * `speak(true)`. All voices share one `AudioContext`.
 * @example
 * const voice = createSyntheticVoice(context, 140)
 * voice.speak(true)
 */
export function createSyntheticVoice(
  context: AudioContext,
  pitch: number,
): { track: MediaStreamTrack; stream: MediaStream; speak(on: boolean): void; stop(): void } {
  const buzz = new OscillatorNode(context, { type: 'sawtooth', frequency: pitch })
  const vowel = new BiquadFilterNode(context, { type: 'lowpass', frequency: 900, Q: 4 })
  const syllables = new GainNode(context, { gain: 0.5 })
  const rhythm = new OscillatorNode(context, { type: 'sine', frequency: SYLLABLE_RATE })
  const depth = new GainNode(context, { gain: 0.5 })
  const speaking = new GainNode(context, { gain: 0 })
  const output = new MediaStreamAudioDestinationNode(context)
  buzz.connect(vowel).connect(syllables).connect(speaking).connect(output)
  rhythm.connect(depth).connect(syllables.gain)
  buzz.start()
  rhythm.start()
  const track = output.stream.getAudioTracks()[0]!
  return {
    track,
    stream: output.stream,
    speak(on) {
      speaking.gain.setTargetAtTime(on ? 0.3 : 0, context.currentTime, 0.05)
    },
    stop() {
      buzz.stop()
      rhythm.stop()
      speaking.disconnect()
      track.stop()
    },
  }
}
