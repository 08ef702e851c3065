import { FRAME_RATE, type FrameTicker } from './frame-ticker.js'
import { avatarColour, hexOf } from '../avatars/avatar-colour.js'
import { initialsOfName } from './initials-of-name.js'

/**
 * A canvas video of a simulated peer: its colour, initials and display name (who it is), a dot
 * going round and a time code (that it is live). A screen is drawn the same way, larger, as a
 * page of stripes.
 * @example
 * const video = createSyntheticVideo(ticker, { name: 'Ada Lovelace', now: () => Date.now() })
 * connection.addTrack(video.track, video.stream)
 */
export function createSyntheticVideo(
  ticker: FrameTicker,
  options: { name: string; now: () => number; screen?: boolean },
): { track: MediaStreamTrack; stream: MediaStream; stop(): void } {
  const { name, now, screen = false } = options
  const canvas = document.createElement('canvas')
  canvas.width = screen ? 640 : 320
  canvas.height = screen ? 360 : 180
  const context = canvas.getContext('2d')!
  // The colour Nextcloud gives the name's avatar, so a peer's video matches its avatar in Talk.
  const colour = hexOf(avatarColour(name))
  const draw = (frame: number) => {
    const { width, height } = canvas
    context.fillStyle = screen ? '#f4f4f4' : colour
    context.fillRect(0, 0, width, height)
    if (screen) drawStripes(context, frame, colour)
    else drawAvatar(context, name, colour)
    context.fillStyle = screen ? '#222' : '#fff'
    context.textAlign = 'center'
    context.font = '16px sans-serif'
    context.fillText(screen ? `${name}'s screen` : name, width / 2, height - 36)
    context.font = '12px monospace'
    context.fillText(timeCode(now()), width / 2, height - 14)
    const angle = (frame / FRAME_RATE) * Math.PI
    context.beginPath()
    context.arc(width - 20 + 8 * Math.cos(angle), 20 + 8 * Math.sin(angle), 4, 0, 2 * Math.PI)
    context.fill()
  }
  const stopDrawing = ticker.add(draw)
  const stream = canvas.captureStream(FRAME_RATE)
  const track = stream.getVideoTracks()[0]!
  return {
    track,
    stream,
    stop() {
      stopDrawing()
      track.stop()
    },
  }
}

function drawAvatar(context: CanvasRenderingContext2D, name: string, colour: string): void {
  const x = context.canvas.width / 2
  context.fillStyle = '#ffffffd0'
  context.beginPath()
  context.arc(x, 62, 36, 0, 2 * Math.PI)
  context.fill()
  context.fillStyle = colour
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.font = 'bold 28px sans-serif'
  context.fillText(initialsOfName(name), x, 63)
  context.textBaseline = 'alphabetic'
}

function drawStripes(context: CanvasRenderingContext2D, frame: number, colour: string): void {
  context.fillStyle = colour
  for (let row = 0; row < 8; row++) context.fillRect(40, 30 + row * 32, 200 + ((row * 53 + frame * 3) % 360), 12)
}

/** The world's time as `HH:MM:SS.cc` (UTC). */
function timeCode(epochMs: number): string {
  const date = new Date(epochMs)
  const centis = String(Math.floor(date.getUTCMilliseconds() / 10)).padStart(2, '0')
  return `${date.toISOString().slice(11, 19)}.${centis}`
}
