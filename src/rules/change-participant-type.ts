import { PARTICIPANT_TYPE } from '../constants.js'
import type { World } from '../world/world.js'
import type { Participant } from './find-participant.js'
import { controllerOutcome, type Outcome } from './outcome.js'
import { hasModeratorRights } from './permissions.js'

const PROMOTED: Record<number, number> = {
  [PARTICIPANT_TYPE.USER]: PARTICIPANT_TYPE.MODERATOR,
  [PARTICIPANT_TYPE.USER_SELF_JOINED]: PARTICIPANT_TYPE.MODERATOR,
  [PARTICIPANT_TYPE.GUEST]: PARTICIPANT_TYPE.GUEST_MODERATOR,
}
const DEMOTED: Record<number, number> = {
  [PARTICIPANT_TYPE.MODERATOR]: PARTICIPANT_TYPE.USER,
  [PARTICIPANT_TYPE.GUEST_MODERATOR]: PARTICIPANT_TYPE.GUEST,
}

/**
 * Promotes an attendee to moderator or demotes one, as `RoomController::changeParticipantType`
 * does: 404 no such attendee here, 403 the moderator's own attendee, 400 a group, an attendee
 * that already has (or lacks) moderator rights, or an owner; 200 otherwise (data null).
 * @example
 * await changeParticipantType(world, moderator, 4, true) // user -> moderator, guest -> guest moderator
 */
export async function changeParticipantType(
  world: World,
  moderator: Participant,
  attendeeId: number,
  promote: boolean,
): Promise<Outcome> {
  const target = world.attendees.get(attendeeId)
  if (!target || target.token !== moderator.conversation.token) return controllerOutcome(404)
  const self = moderator.attendee
  if (target.actorType === self.actorType) {
    if (target.actorId === self.actorId) return controllerOutcome(403)
  } else if (target.actorType === 'groups') {
    return controllerOutcome(400)
  }
  if (promote === hasModeratorRights(target)) return controllerOutcome(400)
  const newType = (promote ? PROMOTED : DEMOTED)[target.participantType]
  if (newType === undefined) return controllerOutcome(400)
  await world.attendees.update(target, (draft) => void (draft.participantType = newType))
  return controllerOutcome(200)
}
