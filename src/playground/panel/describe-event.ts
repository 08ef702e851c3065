import { CALL_FLAG } from '../../constants.js'
import type { TimelineEvent } from '../../index.js'

/**
 * One line saying what a timeline event does, as the panel lists it.
 * @example
 * describeEvent({ at: 15_000, kind: 'join', actor: 'peer2', flags: 7 }) // 'peer2 joins the call (mic, camera)'
 */
export function describeEvent(event: TimelineEvent): string {
  const by = 'by' in event && event.by ? `${event.by}` : 'the owner'
  switch (event.kind) {
    case 'join':
      return event.flags === 0
        ? `${event.actor} opens the conversation`
        : `${event.actor} joins the call${media(event.flags)}`
    case 'guest-join':
      return `guest ${event.guest} joins the call${media(event.flags)}`
    case 'flags':
      return `${event.actor} changes media${media(event.flags)}`
    case 'leave-call':
      return `${event.actor} leaves the call`
    case 'silent':
      return `${event.actor} stops pinging (drops out 30 s later)`
    case 'mute':
      return `${event.actor} mutes the ${event.media === 'audio' ? 'microphone' : 'camera'}`
    case 'unmute':
      return `${event.actor} unmutes the ${event.media === 'audio' ? 'microphone' : 'camera'}`
    case 'speak':
      return `${event.actor} speaks for ${event.duration / 1000} s`
    case 'screen-share':
      return `${event.actor} ${event.state === 'start' ? 'starts' : 'stops'} sharing the screen`
    case 'connection-fails':
      return `${event.actor}'s connections fail (ICE)`
    case 'return':
      return `${event.actor} comes back with a new session${media(event.flags)}`
    case 'leave':
      return `${event.actor} leaves the conversation`
    case 'end-call':
      return `${by} ends the call for everyone`
    case 'read-only':
      return `${by} ${event.state ? 'locks' : 'unlocks'} the conversation`
    case 'lobby':
      return `${by} turns the lobby ${event.state ? 'on' : 'off'}${event.liftsAfter ? ` for ${event.liftsAfter} s` : ''}`
    case 'promote':
      return `${by} promotes ${event.actor}`
    case 'demote':
      return `${by} demotes ${event.actor}`
    case 'permissions':
      return `${by} sets the default permissions to ${event.permissions}`
  }
}

/**
 * An offset from the timeline's start as the panel shows it.
 * @example
 * formatOffset(75_000) // '+1:15'
 */
export function formatOffset(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000)
  return `+${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

function media(flags: number | undefined): string {
  const value = flags ?? 7
  const on = [value & CALL_FLAG.WITH_AUDIO && 'mic', value & CALL_FLAG.WITH_VIDEO && 'camera'].filter(Boolean)
  return on.length === 0 ? ' (muted)' : ` (${on.join(', ')})`
}
