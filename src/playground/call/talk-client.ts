import type { CallPeer } from '../../index.js'
import type { Room } from './room.js'

/**
 * Where the Talk web client sends its requests: `generateOcsUrl('apps/spreed/api/v4/...')` on a root install.
 * @example
 * fetch(`${OCS_BASE}/call/groupcall`, { headers })
 */
export const OCS_BASE = '/ocs/v2.php/apps/spreed/api/v4'

/** Where recording lives: always `v1`. @example fetch(`${RECORDING_BASE}/groupcall`, { method: 'POST', headers }) */
export const RECORDING_BASE = '/ocs/v2.php/apps/spreed/api/v1/recording'

/** Where internal signaling lives: always `v3`. @example fetch(`${SIGNALING_BASE}/settings?token=groupcall`, { headers }) */
export const SIGNALING_BASE = '/ocs/v2.php/apps/spreed/api/v3/signaling'

const HEADERS = { 'OCS-APIRequest': 'true', Accept: 'application/json' }

/**
 * What a request came back with: the HTTP status (0 for a network error), and the OCS envelope
 * when the body was one.
 * @example
 * if (answer.status === 412) showLobby()
 */
export interface OcsAnswer<T = unknown> {
  status: number
  ocs?: { meta: { status: string; statuscode: number; message?: string }; data: T }
  /** The body as text, for bodies that are no OCS envelope (a 503 page, the CSRF failure). */
  text: string
}

/**
 * The Talk requests of the playground, sent exactly as Talk's web client sends them
 * (`callsService.ts`, `signaling.js`, `participantsStore.js`): JSON bodies, `OCS-APIRequest: true`,
 * `Accept: application/json`. `onActivity` hears when requests start (+1) and end (-1).
 * @example
 * const talk = createTalkClient((delta) => (inFlight += delta))
 * const answer = await talk.joinConversation('groupcall', { force: false })
 */
export function createTalkClient(onActivity: (delta: 1 | -1) => void = () => undefined) {
  async function request<T>(method: string, path: string, body?: object, base = OCS_BASE): Promise<OcsAnswer<T>> {
    onActivity(1)
    try {
      return await send<T>(method, `${base}${path}`, body)
    } finally {
      onActivity(-1)
    }
  }
  const room = (token: string) => `/room/${encodeURIComponent(token)}/participants/active`
  const call = (token: string) => `/call/${encodeURIComponent(token)}`

  return {
    /** `participantsStore.joinConversation`: opens this tab's Talk session. */
    joinConversation: (token: string, body: { force: boolean; password?: string }) =>
      request<Room>('POST', room(token), body),
    /** `participantsStore.leaveConversation`: closes it. */
    leaveConversation: (token: string) => request<null>('DELETE', room(token)),
    /** `signaling.joinCall`. */
    joinCall: (token: string, flags: number, silent: boolean, recordingConsent: boolean) =>
      request<null>('POST', call(token), { flags, silent, recordingConsent }),
    /** `callsService.fetchPeers`. */
    fetchPeers: (token: string) => request<CallPeer[]>('GET', call(token)),
    /** `signaling.updateCallFlags`. */
    updateCallFlags: (token: string, flags: number) => request<null>('PUT', call(token), { flags }),
    /** `signaling.leaveCall`: `all` ends the call for everyone (moderators). */
    leaveCall: (token: string, all: boolean) => request<null>('DELETE', call(token), { all }),
    /** `conversationsStore.fetchConversation`: the conversation as Talk shows it now. */
    fetchRoom: (token: string) => request<Room>('GET', `/room/${encodeURIComponent(token)}`),
    /** `recordingService.startCallRecording`: 1 video, 2 audio. */
    startRecording: (token: string, status: number) =>
      request<null>('POST', `/${encodeURIComponent(token)}`, { status }, RECORDING_BASE),
    /** `recordingService.stopCallRecording`. */
    stopRecording: (token: string) =>
      request<null>('DELETE', `/${encodeURIComponent(token)}`, undefined, RECORDING_BASE),
    /** `conversationsService.setRecordingConsent`: the moderator's consent switch. */
    setRecordingConsent: (token: string, recordingConsent: number) =>
      request<Room>('PUT', `/room/${encodeURIComponent(token)}/recording-consent`, { recordingConsent }),
    /** `signalingService.fetchSignalingSettings`: without it Talk never joins a call. */
    fetchSignalingSettings: (token: string) =>
      request<SignalingSettings>('GET', `/settings?token=${encodeURIComponent(token)}`, undefined, SIGNALING_BASE),
    /** `Signaling.Internal`'s long poll; not counted as activity, since one is always waiting. */
    pullMessages: (token: string, signal: AbortSignal) =>
      send<SignalingEntry[]>('GET', `${SIGNALING_BASE}/${encodeURIComponent(token)}`, undefined, signal),
  }
}

/** The signaling settings fields the playground reads. @example settings.signalingMode === 'internal' */
export interface SignalingSettings {
  signalingMode: string
}

/** One entry of a signaling poll's answer. @example entry.type === 'usersInRoom' */
export type SignalingEntry =
  | { type: 'message'; data: string }
  | { type: 'usersInRoom'; data: Array<{ sessionId: string; inCall: number; actorType: string; actorId: string }> }

async function send<T>(method: string, url: string, body?: object, signal?: AbortSignal): Promise<OcsAnswer<T>> {
  const headers: Record<string, string> = { ...HEADERS }
  if (body) headers['Content-Type'] = 'application/json'
  try {
    const response = await fetch(url, { method, headers, body: body && JSON.stringify(body), signal })
    const text = await response.text()
    return { status: response.status, text, ocs: readOcs<T>(text) }
  } catch {
    return { status: 0, text: '' }
  }
}

/** The Talk requests of the playground. @example const talk: TalkClient = createTalkClient() */
export type TalkClient = ReturnType<typeof createTalkClient>

function readOcs<T>(text: string): OcsAnswer<T>['ocs'] {
  try {
    const body = JSON.parse(text) as { ocs?: OcsAnswer<T>['ocs'] }
    return body?.ocs?.meta ? body.ocs : undefined
  } catch {
    return undefined
  }
}

/**
 * Says in a few words what went wrong with a request, for toasts and status lines.
 * @example
 * describeFailure({ status: 0, text: '' }) // 'network error'
 */
export function describeFailure(answer: OcsAnswer): string {
  if (answer.status === 0) return 'network error'
  const error = (answer.ocs?.data as { error?: unknown } | null | undefined)?.error
  return typeof error === 'string' ? `${answer.status} ${error}` : `HTTP ${answer.status}`
}
