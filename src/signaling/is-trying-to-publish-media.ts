const DIRECTION = /^a=(sendrecv|sendonly|recvonly|inactive)/

/**
 * Whether an SDP tries to send `media` (`audio` or `video`): a media section of that kind whose
 * direction is `sendrecv` or `sendonly`, or without a direction of its own under a session-level
 * direction that is (none at all counts as `sendrecv`, RFC 8866), as Talk checks offers and
 * answers before relaying them.
 * @example
 * isTryingToPublishMedia('v=0\r\nm=audio 9 UDP 111\r\na=sendrecv', 'audio') // true
 */
export function isTryingToPublishMedia(sdp: string, media: 'audio' | 'video'): boolean {
  let sessionDirection: string | undefined
  let inSection = false
  let sectionMatches = false
  let sectionDirection: string | undefined
  const sends = (direction: string | undefined) => (direction ?? 'sendrecv').startsWith('send')
  const sectionPublishes = () => sectionMatches && sends(sectionDirection ?? sessionDirection)
  for (const line of sdp.split(/\r\n|\n|\r/)) {
    const direction = DIRECTION.exec(line)?.[1]
    if (direction !== undefined) {
      if (inSection) sectionDirection = direction
      else sessionDirection = direction
    } else if (line.startsWith('m=')) {
      if (sectionPublishes()) return true
      inSection = true
      sectionMatches = line.startsWith(`m=${media}`)
      sectionDirection = undefined
    }
  }
  return sectionPublishes()
}
