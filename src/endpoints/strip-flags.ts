import { CALL_FLAG, PERMISSION } from '../constants.js'
import type { Participant } from '../rules/find-participant.js'
import { effectivePermissions } from '../rules/permissions.js'
import type { World } from '../world/world.js'

/**
 * Removes the audio and video bits a participant may not publish, silently, as Talk does.
 * @example
 * stripUnpublishableFlags(world, participant, 7) // 3 without publish-video permission
 */
export function stripUnpublishableFlags(world: World, participant: Participant, flags: number): number {
  const permissions = effectivePermissions(world, participant.conversation, participant.attendee)
  let allowed = flags
  if (!(permissions & PERMISSION.PUBLISH_AUDIO)) allowed &= ~CALL_FLAG.WITH_AUDIO
  if (!(permissions & PERMISSION.PUBLISH_VIDEO)) allowed &= ~CALL_FLAG.WITH_VIDEO
  return allowed
}
