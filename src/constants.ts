/**
 * Talk's own numbers, as the real server defines them (`lib/Participant.php`, `lib/Room.php`,
 * `docs/constants.md`). Use them instead of magic numbers when building worlds or reading answers.
 */

/**
 * In-call flags of a session (a bit mask): `inCall` of a session and `flags` of a join.
 * @example
 * const flags = CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO // 3
 */
export const CALL_FLAG = {
  DISCONNECTED: 0,
  IN_CALL: 1,
  WITH_AUDIO: 2,
  WITH_VIDEO: 4,
  WITH_PHONE: 8,
} as const

/**
 * The flags a join uses when it sends none: in call with audio and video.
 * @example
 * DEFAULT_JOIN_FLAGS === 7
 */
export const DEFAULT_JOIN_FLAGS = 7

/**
 * Participant (attendee) types.
 * @example
 * world.addAttendee('abc123', { actorId: 'alice', participantType: PARTICIPANT_TYPE.MODERATOR })
 */
export const PARTICIPANT_TYPE = {
  OWNER: 1,
  MODERATOR: 2,
  USER: 3,
  GUEST: 4,
  USER_SELF_JOINED: 5,
  GUEST_MODERATOR: 6,
} as const

/**
 * Conversation types.
 * @example
 * world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.PUBLIC })
 */
export const CONVERSATION_TYPE = {
  ONE_TO_ONE: 1,
  GROUP: 2,
  PUBLIC: 3,
  CHANGELOG: 4,
  ONE_TO_ONE_FORMER: 5,
  NOTE_TO_SELF: 6,
} as const

/**
 * Read-only states of a conversation.
 * @example
 * world.addConversation({ token: 'abc123', readOnly: READ_ONLY.READ_ONLY })
 */
export const READ_ONLY = { READ_WRITE: 0, READ_ONLY: 1 } as const

/**
 * Webinar lobby states.
 * @example
 * world.addConversation({ token: 'abc123', lobbyState: LOBBY_STATE.NON_MODERATORS })
 */
export const LOBBY_STATE = { NONE: 0, NON_MODERATORS: 1 } as const

/**
 * Listable scopes: who can find a conversation without being invited.
 * @example
 * world.addConversation({ token: 'abc123', listable: LISTABLE.USERS })
 */
export const LISTABLE = { NONE: 0, USERS: 1, EVERYONE: 2 } as const

/**
 * Attendee permission bits.
 * @example
 * const audioOnly = PERMISSION.CUSTOM | PERMISSION.START_CALL | PERMISSION.JOIN_CALL | PERMISSION.PUBLISH_AUDIO
 */
export const PERMISSION = {
  DEFAULT: 0,
  CUSTOM: 1,
  START_CALL: 2,
  JOIN_CALL: 4,
  LOBBY_IGNORE: 8,
  PUBLISH_AUDIO: 16,
  PUBLISH_VIDEO: 32,
  PUBLISH_SCREEN: 64,
  CHAT: 128,
} as const

/**
 * Every permission a moderator has (`Attendee::PERMISSIONS_MAX_DEFAULT`).
 * @example
 * PERMISSIONS_MAX_DEFAULT === 254
 */
export const PERMISSIONS_MAX_DEFAULT = 254

/**
 * The server's default permissions when neither attendee nor conversation set any:
 * everything but ignoring the lobby.
 * @example
 * SERVER_DEFAULT_PERMISSIONS === 246
 */
export const SERVER_DEFAULT_PERMISSIONS = PERMISSIONS_MAX_DEFAULT & ~PERMISSION.LOBBY_IGNORE

/**
 * Values of the `start_calls` server setting: who may start a call.
 * @example
 * world.updateSettings({ startCalls: START_CALLS.NOBODY }) // calls disabled
 */
export const START_CALLS = { EVERYONE: 0, USERS: 1, MODERATORS: 2, NOBODY: 3 } as const

/**
 * Values of the `recording_consent` server setting.
 * @example
 * world.updateSettings({ recordingConsent: RECORDING_CONSENT.REQUIRED })
 */
export const RECORDING_CONSENT = { NOT_REQUIRED: 0, REQUIRED: 1, OPTIONAL: 2 } as const

/**
 * SIP dial-in states of a conversation (`Webinary::SIP_*`).
 * @example
 * room.sipEnabled === SIP_STATE.ENABLED
 */
export const SIP_STATE = { DISABLED: 0, ENABLED: 1, ENABLED_NO_PIN: 2 } as const

/**
 * States of a Talk session (`Session::STATE_*`): inactive ones get chat notifications.
 * @example
 * session.state === SESSION_STATE.ACTIVE
 */
export const SESSION_STATE = { INACTIVE: 0, ACTIVE: 1 } as const

/**
 * Values of a conversation's `callRecording`.
 * @example
 * room.callRecording === CALL_RECORDING.VIDEO_STARTING
 */
export const CALL_RECORDING = {
  NONE: 0,
  VIDEO: 1,
  AUDIO: 2,
  VIDEO_STARTING: 3,
  AUDIO_STARTING: 4,
  FAILED: 5,
} as const

/**
 * Actor types of attendees.
 * @example
 * peer.actorType === ACTOR_TYPE.GUESTS
 */
export const ACTOR_TYPE = {
  USERS: 'users',
  GROUPS: 'groups',
  GUESTS: 'guests',
  EMAILS: 'emails',
  CIRCLES: 'circles',
  BRIDGED: 'bridged',
  BOTS: 'bots',
  FEDERATED_USERS: 'federated_users',
  PHONES: 'phones',
} as const

/**
 * Seconds after its last ping that a session still counts as alive in a call.
 * @example
 * mock.clock.advance((SESSION_TIMEOUT + 1) * 1000) // every silent peer is now stale
 */
export const SESSION_TIMEOUT = 30

/**
 * Notification levels of an attendee (`Participant::NOTIFY_*`); 0 resolves to the conversation
 * type's default when a conversation is shown.
 * @example
 * room.notificationLevel === NOTIFICATION_LEVEL.MENTION
 */
export const NOTIFICATION_LEVEL = { DEFAULT: 0, ALWAYS: 1, MENTION: 2, NEVER: 3 } as const

/**
 * `lastReadMessage` of a participant whose chat is loaded from its beginning
 * (`ChatManager::UNREAD_FIRST_MESSAGE`).
 * @example
 * room.lastReadMessage === UNREAD_FIRST_MESSAGE
 */
export const UNREAD_FIRST_MESSAGE = -2
