import { PARTICIPANT_TYPE, PERMISSION, SIP_STATE } from '../constants.js'
import type { Participant } from '../rules/find-participant.js'
import { effectivePermissions, hasModeratorRights } from '../rules/permissions.js'
import { attendeePinOf, isSipConfigured } from '../rules/sip-dial-in.js'
import { visibleStatus } from '../rules/visible-status.js'
import type { Attendee, Session } from '../world/schemas.js'
import { lastPingOf } from '../rules/liveness.js'
import type { World } from '../world/world.js'

/** Seconds without a ping after which Talk drops a session (`Session::SESSION_TIMEOUT_KILL`). */
const SESSION_TIMEOUT_KILL = 100

/**
 * One entry of the participant list (`TalkParticipant`): an attendee with its sessions merged
 * (in-call flags OR-ed, newest ping, every live session id).
 * @example
 * const entry: ParticipantEntry = describeParticipants(world, viewer, false)[0]!
 */
export interface ParticipantEntry {
  roomToken: string
  inCall: number
  lastPing: number
  sessionIds: string[]
  participantType: number
  attendeeId: number
  actorId: string
  actorType: string
  displayName: string
  permissions: number
  attendeePermissions: number
  attendeePin: string
  phoneNumber: string
  callId: string
  invitedActorId?: string
  status?: string
  statusIcon?: null
  statusMessage?: null
  statusClearAt?: null
}

/**
 * Lists the attendees of a conversation as `RoomController::formatParticipantList` does for
 * `viewer`: sessions silent for over 100 s are left out, guests without a live session are
 * hidden unless they have custom permissions, phone numbers show to moderators only, and user
 * statuses come with `includeStatus`. `Divergence:` Talk also deletes those stale sessions and
 * guests while listing; the mock leaves the world untouched.
 * @example
 * describeParticipants(world, participant, true).map((entry) => entry.inCall)
 */
export function describeParticipants(world: World, viewer: Participant, includeStatus: boolean): ParticipantEntry[] {
  const maxPingAge = world.clock.seconds() - SESSION_TIMEOUT_KILL
  const results = new Map<number, ParticipantEntry>()
  for (const attendee of world.attendees.inGroup(viewer.conversation.token)) {
    const sessions: Array<Session | undefined> = world.sessions.inGroup(attendee.id)
    for (const session of sessions.length > 0 ? sessions : [undefined]) {
      const known = results.get(attendee.id)
      if (known) {
        if (!session || lastPingOf(world, session) <= maxPingAge) continue
        known.inCall |= session.inCall
        known.lastPing = Math.max(known.lastPing, lastPingOf(world, session))
        known.sessionIds.push(session.sessionId)
        continue
      }
      const entry = describeEntry(world, viewer, attendee, session, includeStatus, maxPingAge)
      if (entry) results.set(attendee.id, entry)
    }
  }
  return [...results.values()]
}

function describeEntry(
  world: World,
  viewer: Participant,
  attendee: Attendee,
  session: Session | undefined,
  includeStatus: boolean,
  maxPingAge: number,
): ParticipantEntry | undefined {
  const entry: ParticipantEntry = {
    roomToken: attendee.token,
    inCall: session?.inCall ?? 0,
    lastPing: session ? lastPingOf(world, session) : 0,
    sessionIds: session ? [session.sessionId] : [],
    participantType: attendee.participantType,
    attendeeId: attendee.id,
    actorId: attendee.actorId,
    actorType: attendee.actorType,
    displayName: attendee.actorId,
    permissions: effectivePermissions(world, viewer.conversation, attendee),
    attendeePermissions: attendee.permissions,
    attendeePin: '',
    phoneNumber: '',
    callId: '',
  }
  const seesPin =
    viewer.attendee.id === attendee.id ||
    viewer.attendee.participantType === PARTICIPANT_TYPE.OWNER ||
    viewer.attendee.participantType === PARTICIPANT_TYPE.MODERATOR
  if (isSipConfigured(world) && viewer.conversation.sipEnabled !== SIP_STATE.DISABLED && seesPin) {
    entry.attendeePin = attendeePinOf(viewer.conversation, attendee) ?? ''
  }
  if (attendee.actorType === 'users') {
    const user = world.users.get(attendee.actorId)
    if (!attendee.displayName && !user) return undefined
    entry.displayName = attendee.displayName || user!.displayName
    if (includeStatus && viewer.attendee.actorType === 'users') {
      Object.assign(entry, { status: user ? visibleStatus(user) : 'offline' }, NO_STATUS_DETAILS)
    }
    return entry
  }
  entry.displayName = attendee.displayName
  if (attendee.actorType === 'guests') {
    const defaultPermissions = attendee.permissions === PERMISSION.DEFAULT || attendee.permissions === PERMISSION.CUSTOM
    if (attendee.participantType === PARTICIPANT_TYPE.GUEST && defaultPermissions && entry.lastPing <= maxPingAge) {
      return undefined
    }
  }
  if (attendee.actorType === 'emails' && (hasModeratorRights(viewer.attendee) || viewer.attendee.id === attendee.id)) {
    entry.invitedActorId = attendee.invitedCloudId
  }
  if (attendee.actorType === 'phones' && hasModeratorRights(viewer.attendee) && !isGuestModerator(viewer)) {
    entry.phoneNumber = attendee.phoneNumber
    if (viewer.attendee.actorType === 'users') entry.callId = attendee.callId
  }
  return entry
}

const NO_STATUS_DETAILS = { statusIcon: null, statusMessage: null, statusClearAt: null }

function isGuestModerator(viewer: Participant): boolean {
  return viewer.attendee.participantType === PARTICIPANT_TYPE.GUEST_MODERATOR
}
