import type { PeerMedia } from '../signaling/simulated-peers.js'
import { newestSession, type EventContext } from './peer-client.js'
import type { TimelineEvent } from './timeline-schema.js'

/** The events about a peer's media, which its client decides alone (no request to the server). */
export type MediaEvent = Extract<
  TimelineEvent,
  { kind: 'mute' | 'unmute' | 'speak' | 'screen-share' | 'connection-fails' }
>

/**
 * Runs an event of a peer's media: changes its client's media state (which a media engine in a
 * page follows) and sends what Talk's client sends over signaling for it (`mute`/`unmute` to
 * everyone in the call); speaking, screens and failing connections travel over WebRTC only. 404
 * when the actor holds no session in the conversation.
 * @example
 * const result = await runMediaEvent(context, { at: 0, kind: 'mute', actor: 'peer2', media: 'video' }, 'groupcall')
 */
export function runMediaEvent(
  context: EventContext,
  event: MediaEvent,
  token: string,
): Promise<{ ok: boolean; status: number }> {
  const { world, peers } = context
  const session = newestSession(world, token, event.actor)
  const status = session ? 200 : 404
  const detail = event.kind === 'mute' || event.kind === 'unmute' ? `/${event.media}` : ''
  context.journal.record(
    {
      time: world.clock.now(),
      method: 'PEER',
      path: `/timeline/${token}/${event.kind}/${event.actor}${detail}`,
      requestBody: '',
      durationMs: 0,
      kind: 'timeline',
    },
    { status, headers: {}, body: null },
  )
  if (!session) return Promise.resolve({ ok: false, status })
  const id = session.sessionId
  peers.setMedia(world, id, changeOf(event, world.clock.now()))
  if (event.kind === 'mute' || event.kind === 'unmute') peers.sendToAll(world, id, event.kind, { name: event.media })
  return Promise.resolve({ ok: true, status })
}

function changeOf(event: MediaEvent, now: number): Partial<PeerMedia> {
  switch (event.kind) {
    case 'mute':
    case 'unmute':
      return { [event.media]: event.kind === 'unmute' }
    case 'speak':
      return { speakingUntil: now + event.duration }
    case 'screen-share':
      return { screen: event.state === 'start' }
    case 'connection-fails':
      return { failing: true }
  }
}
