import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../constants.js'

/**
 * The fields of the conversation (the answer to joining it) the call screen reads.
 * @example
 * const blocked = room.lobbyState === 1 && !isModerator(room)
 */
export interface Room {
  token: string
  type: number
  displayName: string
  actorType: string
  actorId: string
  participantType: number
  permissions: number
  participantFlags: number
  readOnly: number
  lobbyState: number
  lobbyTimer: number
  hasCall: boolean
  canStartCall: boolean
  recordingConsent: number
  /** 0 none, 1 video, 2 audio, 3/4 starting, 5 failed. */
  callRecording: number
  sessionId: string
}

const MODERATOR_TYPES: readonly number[] = [
  PARTICIPANT_TYPE.OWNER,
  PARTICIPANT_TYPE.MODERATOR,
  PARTICIPANT_TYPE.GUEST_MODERATOR,
]

/**
 * Whether the viewer moderates the conversation (owner, moderator, guest moderator).
 * @example
 * if (isModerator(room)) showEndForEveryone()
 */
export function isModerator(room: Room): boolean {
  return MODERATOR_TYPES.includes(room.participantType)
}

/**
 * Names a participant type as Talk's UI does.
 * @example
 * roleOf(3) // 'member'
 */
export function roleOf(participantType: number): string {
  const names: Record<number, string> = {
    [PARTICIPANT_TYPE.OWNER]: 'owner',
    [PARTICIPANT_TYPE.MODERATOR]: 'moderator',
    [PARTICIPANT_TYPE.USER]: 'member',
    [PARTICIPANT_TYPE.GUEST]: 'guest',
    [PARTICIPANT_TYPE.USER_SELF_JOINED]: 'self-joined member',
    [PARTICIPANT_TYPE.GUEST_MODERATOR]: 'guest moderator',
  }
  return names[participantType] ?? `type ${participantType}`
}

/**
 * Names a conversation type.
 * @example
 * kindOf(3) // 'Public conversation'
 */
export function kindOf(type: number): string {
  const names: Record<number, string> = {
    [CONVERSATION_TYPE.ONE_TO_ONE]: 'One-to-one conversation',
    [CONVERSATION_TYPE.GROUP]: 'Group conversation',
    [CONVERSATION_TYPE.PUBLIC]: 'Public conversation',
    [CONVERSATION_TYPE.CHANGELOG]: 'Changelog',
    [CONVERSATION_TYPE.ONE_TO_ONE_FORMER]: 'Former one-to-one conversation',
    [CONVERSATION_TYPE.NOTE_TO_SELF]: 'Note to self',
  }
  return names[type] ?? `Conversation of type ${type}`
}
