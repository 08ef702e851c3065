const DIRECTION = /^a=(sendrecv|sendonly|recvonly|inactive)/

/**
 * Whether an SDP tries to send `media` (`audio` or `video`), as Talk checks offers and answers
 * before relaying them (`SignalingController::isTryingToPublishMedia`): a media section of that
 * kind with a `sendrecv` or `sendonly` direction line, or with no direction line of its own under
 * a session-level direction that sends (none at all counts as `sendrecv`, RFC 8866).
 * @example
 * isTryingToPublishMedia('v=0\r\nm=audio 9 UDP 111\r\na=sendrecv', 'audio') // true
 */
export function isTryingToPublishMedia(sdp: string, media: 'audio' | 'video'): boolean {
  let sessionDirection: string | undefined
  let inSection = false
  let sectionMatches = false
  let sectionHasDirection = false
  const sends = (direction: string | undefined) => (direction ?? 'sendrecv').startsWith('send')
  // A matching section without a direction of its own takes the session's.
  const inheritsSending = () => sectionMatches && !sectionHasDirection && sends(sessionDirection)
  for (const line of sdp.split(/\r\n|\n|\r/)) {
    const direction = DIRECTION.exec(line)?.[1]
    if (direction !== undefined) {
      if (!inSection) sessionDirection = direction
      else {
        sectionHasDirection = true
        if (sectionMatches && sends(direction)) return true
      }
    } else if (line.startsWith('m=')) {
      if (inheritsSending()) return true
      inSection = true
      sectionMatches = line.startsWith(`m=${media}`)
      sectionHasDirection = false
    }
  }
  return inheritsSending()
}
