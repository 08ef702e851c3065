import { CALL_FLAG } from '../constants.js'
import { describePeer } from '../endpoints/describe-peer.js'
import type { TalkMock } from '../mock/talk-mock-types.js'
import type { CallMember, MediaLink } from './media-link.js'

/**
 * Links the media engine to a mock running in the same page: its world's calls, the messages
 * sent to its simulated peers, and its peers' media state; what belongs to a world the mock has
 * replaced is left out.
 * @example
 * const stop = startPeerEngine(linkToMock(mock))
 */
export function linkToMock<Name extends string>(mock: TalkMock<Name>): MediaLink {
  const peers = mock.simulatedPeers
  return {
    members() {
      const { world } = mock
      const members: CallMember[] = []
      for (const session of world.sessions.all()) {
        if (!(session.inCall & CALL_FLAG.IN_CALL)) continue
        const attendee = world.attendees.get(session.attendeeId)
        if (!attendee) continue
        const user = attendee.actorType === 'users'
        members.push({
          sessionId: session.sessionId,
          token: attendee.token,
          inCall: session.inCall,
          simulated: session.liveness === 'peer',
          polls: session.liveness === 'signaling',
          displayName: describePeer(world, attendee.token, session).displayName,
          userId: user ? attendee.actorId : null,
        })
      }
      return members
    },
    media: (sessionId) => peers.media(mock.world, sessionId),
    now: () => mock.world.clock.now(),
    speed: () => mock.clock.speed,
    onChange: (listener) => mock.subscribe((change) => change !== 'clock' && listener()),
    onMessage: (listener) =>
      peers.listen(
        (event) => event.kind === 'message' && event.world === mock.world && listener(event.to, event.message),
      ),
    onMedia: (listener) =>
      peers.listen((event) => event.kind === 'media' && event.world === mock.world && listener(event.sessionId)),
    send: (from, message) => peers.send(mock.world, from, message),
    log: (line) => peers.log(mock.world, line),
  }
}
