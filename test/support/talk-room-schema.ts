import { z } from 'zod'

const int = z.number().int()

/**
 * Talk's `Room` (TalkRoom), written from shared/talk-signaling.md section 4 and the newest
 * `RoomFormatter`: every required field with its type; the optional ones only where Talk
 * sends them. Strict, so a field Talk does not have fails too.
 */
export const talkRoomSchema = z.strictObject({
  id: int.positive(),
  token: z.string().regex(/^[a-z0-9]{4,30}$/),
  type: int.min(1).max(6),
  name: z.string(),
  displayName: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  participantType: int.min(1).max(6),
  participantFlags: int.min(0).max(15),
  readOnly: int.min(0).max(1),
  hasPassword: z.boolean(),
  hasCall: z.boolean(),
  callStartTime: int.min(0),
  callRecording: int.min(0).max(5),
  canStartCall: z.boolean(),
  lastActivity: int.min(0),
  lastReadMessage: int,
  unreadMessages: int.min(0),
  unreadMention: z.boolean(),
  unreadMentionDirect: z.boolean(),
  isFavorite: z.boolean(),
  canLeaveConversation: z.boolean(),
  canDeleteConversation: z.boolean(),
  notificationLevel: int.min(1).max(3),
  notificationCalls: int.min(0).max(1),
  lobbyState: int.min(0).max(1),
  lobbyTimer: int.min(0),
  lastPing: int.min(0),
  sessionId: z.string().min(1),
  sipEnabled: int.min(0).max(2),
  actorType: z.string(),
  actorId: z.string(),
  attendeeId: int.min(0),
  permissions: int.min(0).max(511),
  attendeePermissions: int.min(0).max(511),
  callPermissions: int.min(0).max(511),
  defaultPermissions: int.min(0).max(511),
  canEnableSIP: z.boolean(),
  attendeePin: z.string().nullable(),
  description: z.string(),
  lastCommonReadMessage: int.min(0),
  listable: int.min(0).max(2),
  callFlag: int.min(0).max(15),
  messageExpiration: int.min(0),
  avatarVersion: z.string().min(1),
  isCustomAvatar: z.boolean(),
  breakoutRoomMode: int.min(0).max(3),
  breakoutRoomStatus: int.min(0).max(2),
  recordingConsent: int.min(0).max(2),
  mentionPermissions: int.min(0).max(1),
  liveTranscriptionLanguageId: z.string(),
  isArchived: z.boolean(),
  isImportant: z.boolean(),
  isSensitive: z.boolean(),
  invitedActorId: z.string().optional(),
  status: z.string().optional(),
  statusIcon: z.string().nullable().optional(),
  statusMessage: z.string().nullable().optional(),
  statusClearAt: int.nullable().optional(),
  lastMessage: z.record(z.string(), z.unknown()).optional(),
  remoteServer: z.string().optional(),
  remoteToken: z.string().optional(),
})

/** Fails with the first field that does not fit, naming the conversation. */
export function expectTalkRoom(room: unknown, where: string): void {
  const result = talkRoomSchema.safeParse(room)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new Error(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }
}
