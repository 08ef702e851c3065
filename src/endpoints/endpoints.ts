import { getSignalingSettings } from './get-signaling-settings.js'
import { pullMessages } from './pull-signaling-messages.js'
import { sendMessages } from './send-signaling-messages.js'
import { demoteModerator } from './demote-moderator.js'
import { getAvatar, getAvatarDark } from './get-avatar.js'
import { getUserProxyAvatar, getUserProxyAvatarDark } from './get-user-proxy-avatar.js'
import { downloadParticipantsForCall } from './download-participants-for-call.js'
import { getCallNotificationState } from './call-notification-state.js'
import { getParticipants } from './get-participants.js'
import { getPeersForCall } from './get-peers-for-call.js'
import { getRooms } from './get-rooms.js'
import { getSingleRoom } from './get-single-room.js'
import { getMessageContext } from './get-message-context.js'
import { getObjectsSharedInRoomOverview } from './get-objects-shared-in-room-overview.js'
import { receiveMessages } from './receive-messages.js'
import { sendMessage } from './send-message.js'
import { joinCall } from './join-call.js'
import { joinRoom } from './join-room.js'
import { leaveCall } from './leave-call.js'
import { leaveRoom } from './leave-room.js'
import { promoteModerator } from './promote-moderator.js'
import { ringAttendee } from './ring-attendee.js'
import { setLobby } from './set-lobby.js'
import { setPermissions } from './set-permissions.js'
import { setReadOnly } from './set-read-only.js'
import { setRecordingConsent } from './set-recording-consent.js'
import { setSessionState } from './set-session-state.js'
import { setSipEnabled } from './set-sip-enabled.js'
import { sipDialOut } from './sip-dial-out.js'
import { startRecording } from './start-recording.js'
import { stopRecording } from './stop-recording.js'
import { updateCallFlags } from './update-call-flags.js'

/**
 * Every Talk endpoint the mock serves.
 * @example
 * endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)
 */
export const endpoints = [
  getPeersForCall,
  joinCall,
  updateCallFlags,
  leaveCall,
  ringAttendee,
  sipDialOut,
  downloadParticipantsForCall,
  getCallNotificationState,
  joinRoom,
  leaveRoom,
  getRooms,
  getSingleRoom,
  getParticipants,
  setReadOnly,
  setLobby,
  promoteModerator,
  demoteModerator,
  setPermissions,
  setRecordingConsent,
  setSessionState,
  setSipEnabled,
  startRecording,
  stopRecording,
  getAvatar,
  getAvatarDark,
  getUserProxyAvatar,
  getUserProxyAvatarDark,
  // Before the poll: `settings` would also match the poll's `{token}`.
  getSignalingSettings,
  pullMessages,
  sendMessages,
  receiveMessages,
  sendMessage,
  getMessageContext,
  getObjectsSharedInRoomOverview,
] as const
