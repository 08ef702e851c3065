import { CALL_FLAG } from '../../constants.js'
import type { CallPeer } from '../../index.js'
import type { Room } from './room.js'
import { describeFailure, type OcsAnswer, type TalkClient } from './talk-client.js'
import { createSignalingLoop, type UsersInRoom } from './signaling-loop.js'
import { forgetTabSession, readTabSession, saveTabSession } from './tab-session.js'

/** Where the tab stands with the conversation. @example state.phase === 'joined' */
export type Phase =
  'connecting' | 'joined' | 'left' | 'password' | 'conflict' | 'not-found' | 'forbidden' | 'unreachable'

/**
 * Everything the call screen shows, as Talk's stores would hold it.
 * @example
 * session.subscribe((state) => console.log(state.phase, state.peers?.length))
 */
export interface CallState {
  token: string
  phase: Phase
  /** The answer to joining the conversation. */
  room?: Room
  /** The last peer list Talk gave (GET /call), and its status (412 lobby, 403 read-only, ...). */
  peers?: CallPeer[]
  peersStatus?: number
  /** Why the last refresh failed (network, 5xx); the previous list stays. */
  peersProblem?: string
  /** The last `usersInRoom` of the signaling poll: every session of the room with its call flags. */
  users?: UsersInRoom
  /** Why signaling does not run (no settings: Talk would never join the call) or keeps failing. */
  signalingProblem?: string
  /** This tab's in-call flags (0 when not in the call). */
  inCall: number
  /** The media chosen for joining (and sent while in the call). */
  audio: boolean
  video: boolean
  /** The recording-consent checkbox. */
  consent: boolean
  /** The action running, as the busy label says it. */
  action?: string
  /** A call endpoint answered 412: the lobby keeps the viewer out. */
  lobbyAnswered: boolean
  /** The password sent was wrong. */
  passwordRejected: boolean
}

/**
 * How the session reports what goes wrong, and where it learns about sessions Talk would tell it
 * of by signaling.
 * @example
 * const hooks: CallSessionHooks = { onCallFailed: showDialog, onFailure: toast, flagsOf: (token) => new Map() }
 */
export interface CallSessionHooks {
  /** Joining the call failed with an OCS answer: Talk shows its CallFailedDialog. */
  onCallFailed(answer: OcsAnswer): void
  /** Another action failed (or had no OCS answer at all). */
  onFailure(action: string, answer: OcsAnswer): void
  /** In-call flags of the conversation's sessions, by session id. */
  flagsOf(token: string): ReadonlyMap<string, number>
}

const { IN_CALL, WITH_AUDIO, WITH_VIDEO, WITH_PHONE } = CALL_FLAG

/**
 * The call screen's store: joins the conversation and the call exactly as Talk's web client does,
 * and keeps the state the screen draws.
 * @example
 * const session = createCallSession(createTalkClient(), hooks)
 * await session.open('groupcall')
 */
export function createCallSession(talk: TalkClient, hooks: CallSessionHooks) {
  let state = freshState('', readTabSession())
  const signaling = createSignalingLoop(talk, {
    onUsers(users) {
      const own = users.find((user) => user.sessionId === state.room?.sessionId)
      // Talk's client leaves the call by itself when signaling shows its own session out of it.
      const forcedOut = (state.inCall & IN_CALL) !== 0 && own !== undefined && own.inCall === 0
      set({ users, ...(forcedOut && { inCall: 0 }) })
      void refreshPeers()
    },
    onEnded(status) {
      set({ phase: status === 409 ? 'conflict' : 'not-found', users: undefined })
    },
    onTrouble: (problem) => {
      if (problem !== state.signalingProblem) set({ signalingProblem: problem })
    },
  })
  let generation = 0
  const listeners = new Set<(state: CallState) => void>()
  const set = (patch: Partial<CallState>) => {
    state = { ...state, ...patch }
    for (const listener of listeners) listener(state)
  }
  const remember = () => {
    if (state.room) saveTabSession({ token: state.token, room: state.room, audio: state.audio, video: state.video })
  }
  // An action runs alone; one from before a switch of conversation or world reports nothing.
  const run = async (label: string, work: (isCurrent: () => boolean) => Promise<void>) => {
    if (state.action) return
    const ours = generation
    const isCurrent = () => ours === generation
    set({ action: label })
    try {
      await work(isCurrent)
    } finally {
      if (isCurrent()) set({ action: undefined })
    }
  }

  async function joinConversation(body: { force: boolean; password?: string }) {
    const ours = generation
    set({ phase: 'connecting' })
    const answer = await talk.joinConversation(state.token, body)
    if (ours !== generation) return
    const data = answer.ocs?.data as { error?: string } | null | undefined
    if (answer.status === 200 && answer.ocs) {
      const room = answer.ocs.data as Room
      set({ phase: 'joined', room, inCall: room.participantFlags, lobbyAnswered: false, passwordRejected: false })
      remember()
      await startSignaling()
      await refreshPeers()
    } else if (answer.status === 403 && data?.error === 'password') {
      set({ phase: 'password', passwordRejected: body.password !== undefined })
    } else if (answer.status === 403) set({ phase: 'forbidden' })
    else if (answer.status === 404) set({ phase: 'not-found' })
    else if (answer.status === 409) set({ phase: 'conflict' })
    else {
      set({ phase: 'unreachable' })
      hooks.onFailure('Joining the conversation', answer)
    }
  }

  /** As `signalingJoinConversation`: the settings first, then the poll loop. */
  async function startSignaling() {
    const ours = generation
    const settings = await talk.fetchSignalingSettings(state.token)
    if (ours !== generation) return
    if (settings.status !== 200 || settings.ocs?.data.signalingMode !== 'internal') {
      set({ signalingProblem: `No signaling settings (${describeFailure(settings)}): Talk would never join the call.` })
      return
    }
    set({ signalingProblem: undefined })
    signaling.start(state.token)
  }

  async function refreshPeers() {
    if (state.phase !== 'joined') return
    const ours = generation
    const answer = await talk.fetchPeers(state.token)
    if (ours !== generation) return
    await refreshRoom()
    if (ours !== generation) return
    if (answer.status === 200 && Array.isArray(answer.ocs?.data)) {
      set({ peers: answer.ocs.data, peersStatus: 200, peersProblem: undefined })
    } else if ([403, 404, 412].includes(answer.status)) {
      set({ peers: undefined, peersStatus: answer.status, peersProblem: undefined })
    } else set({ peersProblem: `Could not refresh the call: ${describeFailure(answer)}` })
  }

  /** The conversation as Talk shows it now (recording state, consent), keeping this tab's session. */
  async function refreshRoom() {
    const ours = generation
    const answer = await talk.fetchRoom(state.token)
    if (ours !== generation || answer.status !== 200 || !answer.ocs || !state.room) return
    const room = answer.ocs.data as Room
    set({ room: { ...state.room, ...room, sessionId: state.room.sessionId } })
  }

  const mediaFlags = (media: { audio: boolean; video: boolean }) =>
    IN_CALL | (media.audio ? WITH_AUDIO : 0) | (media.video ? WITH_VIDEO : 0)

  return {
    get state(): CallState {
      return state
    },
    /** Calls `listener` with every new state; returns the unsubscribe. */
    subscribe(listener: (state: CallState) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /**
     * Opens a conversation: joins it (`force` when this tab joined it before, as Talk does). With
     * `resume`, a tab whose session the world still has takes it up again instead: Talk would
     * re-join and so drop out of the call, but the playground keeps the world across reloads to
     * show the same call.
     */
    async open(token: string, options: { resume?: boolean } = {}) {
      generation++
      signaling.stop()
      const saved = readTabSession()
      const mine = saved?.token === token ? saved : undefined
      state = freshState(token, mine)
      const flags = mine && options.resume ? hooks.flagsOf(token).get(mine.room.sessionId) : undefined
      if (mine && flags !== undefined) {
        set({ phase: 'joined', room: mine.room, inCall: flags })
        await startSignaling()
        return refreshPeers()
      }
      await joinConversation({ force: mine !== undefined })
    },
    /** Forgets this tab's conversation and opens `token` afresh (as someone else, say). */
    reopen(token: string) {
      forgetTabSession()
      return this.open(token)
    },
    refreshPeers,
    /** The password form of a public conversation. */
    submitPassword: (password: string) => joinConversation({ force: true, password }),
    /** Answers a 409 (this client is in the call elsewhere) by taking the session over. */
    joinHere: () => joinConversation({ force: true }),
    setConsent: (consent: boolean) => set({ consent }),
    /** The moderator's record button: starts a video recording, or stops the one that runs. */
    toggleRecording: () =>
      run(recordingActive(state) ? 'Stopping the recording…' : 'Starting the recording…', async (isCurrent) => {
        const stopping = recordingActive(state)
        const answer = stopping ? await talk.stopRecording(state.token) : await talk.startRecording(state.token, 1)
        if (!isCurrent()) return
        if (answer.status !== 200)
          hooks.onFailure(stopping ? 'Stopping the recording' : 'Starting the recording', answer)
        await refreshRoom()
      }),
    /** The moderator's consent switch: whether joining this conversation's calls asks for consent. */
    toggleRequiredConsent: () =>
      run('Changing the recording consent…', async (isCurrent) => {
        const value = state.room?.recordingConsent === 1 ? 0 : 1
        const answer = await talk.setRecordingConsent(state.token, value)
        if (!isCurrent()) return
        if (answer.status !== 200) hooks.onFailure('Changing the recording consent', answer)
        await refreshRoom()
      }),
    joinCall: () =>
      run('Joining the call…', async (isCurrent) => {
        const flags = mediaFlags(state)
        const answer = await talk.joinCall(state.token, flags, false, state.consent)
        if (!isCurrent()) return
        if (answer.status === 200) set({ inCall: flags, lobbyAnswered: false })
        else {
          if (answer.status === 412) set({ lobbyAnswered: true })
          if (answer.ocs) hooks.onCallFailed(answer)
          else hooks.onFailure('Joining the call', answer)
        }
        await refreshPeers()
      }),
    toggle(kind: 'audio' | 'video') {
      const media = { audio: state.audio, video: state.video, [kind]: !state[kind] }
      if (!(state.inCall & IN_CALL)) {
        set(media)
        remember()
        return Promise.resolve()
      }
      return run(kind === 'audio' ? 'Switching the microphone…' : 'Switching the camera…', async (isCurrent) => {
        const flags = mediaFlags(media) | (state.inCall & WITH_PHONE)
        const answer = await talk.updateCallFlags(state.token, flags)
        if (!isCurrent()) return
        if (answer.status !== 200)
          return hooks.onFailure(`Switching the ${kind === 'audio' ? 'microphone' : 'camera'}`, answer)
        set({ ...media, inCall: flags })
        remember()
      })
    },
    /** Leaves the call; `all` ends it for everyone. Like Talk, the tab counts itself out either way. */
    leaveCall: (all: boolean) =>
      run(all ? 'Ending the call for everyone…' : 'Leaving the call…', async (isCurrent) => {
        const answer = await talk.leaveCall(state.token, all)
        if (!isCurrent()) return
        set({ inCall: 0 })
        if (answer.status !== 200) hooks.onFailure(all ? 'Ending the call' : 'Leaving the call', answer)
        await refreshPeers()
      }),
    /** Leaves the call first if in it, then the conversation, as Talk's `leaveConversation` does. */
    leaveConversation: () =>
      run('Leaving the conversation…', async (isCurrent) => {
        if (state.inCall & IN_CALL) await talk.leaveCall(state.token, false)
        // Talk's client stops its poll before it leaves, so the poll never sees its session go.
        signaling.stop()
        const answer = await talk.leaveConversation(state.token)
        if (!isCurrent()) return
        forgetTabSession()
        set({
          phase: 'left',
          inCall: 0,
          peers: undefined,
          peersStatus: undefined,
          peersProblem: undefined,
          users: undefined,
        })
        if (answer.status !== 200) hooks.onFailure('Leaving the conversation', answer)
      }),
  }
}

/** A recording starts or runs (1-4): the record button stops it. */
function recordingActive(state: CallState): boolean {
  const recording = state.room?.callRecording ?? 0
  return recording >= 1 && recording <= 4
}

/** The call screen's store. @example const session: CallSession = createCallSession(talk, hooks) */
export type CallSession = ReturnType<typeof createCallSession>

function freshState(token: string, saved: { audio: boolean; video: boolean } | undefined): CallState {
  return {
    token,
    phase: 'connecting',
    inCall: 0,
    audio: saved?.audio ?? true,
    video: saved?.video ?? true,
    consent: false,
    lobbyAnswered: false,
    passwordRejected: false,
  }
}
