import { downloadParticipantsForCall } from './download-participants-for-call.js'
import { getPeersForCall } from './get-peers-for-call.js'
import { joinCall } from './join-call.js'
import { joinRoom } from './join-room.js'
import { leaveCall } from './leave-call.js'
import { leaveRoom } from './leave-room.js'
import { ringAttendee } from './ring-attendee.js'
import { sipDialOut } from './sip-dial-out.js'
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
  joinRoom,
  leaveRoom,
  ringAttendee,
  sipDialOut,
  downloadParticipantsForCall,
] as const
