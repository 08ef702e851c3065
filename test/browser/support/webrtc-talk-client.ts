// What Talk's web client does with WebRTC over internal signaling (src/utils/webrtc/, read, not
// copied), for test pages: it joins a call with the fake camera and microphone, offers to the
// sessions Talk's rule says it offers to (it has streams and they have none or the smaller id),
// answers every offer, adds candidates, keeps a `status` data channel per peer and records what
// arrives: remote streams per sender and room type, status messages, connection states.
import type { AxiosInstance } from '@nextcloud/axios'

/** One remote stream as the test reads it: who sent it, on which connection, and its video element. */
export interface RemoteStream {
  from: string
  roomType: string
  video: HTMLVideoElement
}

/** Joins `token`'s call with `flags` and speaks Talk's peer-to-peer protocol until stopped. */
export async function joinWithWebRtc(axios: AxiosInstance, token: string, flags: number) {
  const ocs = (path: string) => `/ocs/v2.php/apps/spreed/api/${path}`
  const local = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
  const own = (await axios.post(ocs(`v4/room/${token}/participants/active`), { force: false })).data.ocs.data as {
    sessionId: string
  }
  await axios.post(ocs(`v4/call/${token}`), { flags, silent: false, recordingConsent: false })
  const signalingUrl = ocs(`v3/signaling/${token}`)
  const connections = new Map<string, RTCPeerConnection>()
  const streams: RemoteStream[] = []
  const status: Array<{ from: string; type: string; payload?: unknown }> = []
  const states: Array<{ from: string; roomType: string; state: string }> = []
  const signals: Array<Record<string, unknown>> = []
  const listeners = new Set<() => void>()
  const changed = () => listeners.forEach((listener) => listener())
  let stopped = false

  const send = (fn: Record<string, unknown>) =>
    axios.post(signalingUrl, {
      messages: JSON.stringify([{ ev: 'message', fn: JSON.stringify(fn), sessionId: own.sessionId }]),
    })

  const connect = (from: string, roomType: string, sid: string, broadcaster?: unknown) => {
    const key = `${from} ${roomType}`
    connections.get(key)?.close()
    const pc = new RTCPeerConnection()
    connections.set(key, pc)
    const wire = { to: from, sid, roomType, ...(broadcaster === undefined ? {} : { broadcaster }) }
    pc.addEventListener('icecandidate', ({ candidate }) => {
      if (!candidate) return
      const { candidate: line, sdpMid, sdpMLineIndex } = candidate
      void send({ ...wire, type: 'candidate', payload: { candidate: { candidate: line, sdpMid, sdpMLineIndex } } })
    })
    pc.addEventListener('connectionstatechange', () => {
      states.push({ from, roomType, state: pc.connectionState })
      changed()
    })
    pc.addEventListener('track', ({ track, streams: [stream] }) => {
      track.addEventListener('mute', () => {
        states.push({ from, roomType, state: `${track.kind} track muted` })
        changed()
      })
      if (!stream || streams.some((known) => known.video.srcObject === stream)) return
      const video = document.createElement('video')
      Object.assign(video, { muted: true, autoplay: true, playsInline: true, srcObject: stream })
      document.body.append(video)
      streams.push({ from, roomType, video })
      changed()
    })
    const observe = (channel: RTCDataChannel) =>
      channel.addEventListener('message', ({ data }) => {
        status.push({ from, ...(JSON.parse(String(data)) as { type: string; payload?: unknown }) })
        changed()
      })
    pc.addEventListener('datachannel', ({ channel }) => observe(channel))
    if (roomType === 'video') {
      for (const track of local.getTracks()) pc.addTrack(track, local)
      observe(pc.createDataChannel('status'))
    }
    return { pc, wire }
  }

  const receive = async (message: Record<string, unknown>) => {
    signals.push(message)
    changed()
    const from = String(message.from)
    const roomType = String(message.roomType ?? 'video')
    const payload = message.payload as { sdp: string; candidate: RTCIceCandidateInit }
    if (message.type === 'offer') {
      const { pc, wire } = connect(from, roomType, String(message.sid), message.broadcaster)
      await pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp })
      await pc.setLocalDescription(await pc.createAnswer())
      await send({ ...wire, type: 'answer', payload: { type: 'answer', sdp: pc.localDescription!.sdp } })
    } else if (message.type === 'answer') {
      await connections.get(`${from} ${roomType}`)?.setRemoteDescription({ type: 'answer', sdp: payload.sdp })
    } else if (message.type === 'candidate') {
      await connections.get(`${from} ${roomType}`)?.addIceCandidate(payload.candidate)
    } else if (message.type === 'unshareScreen') {
      connections.get(`${from} screen`)?.close()
    }
  }

  const offered = new Set<string>()
  const offerTo = async (users: Array<{ sessionId: string; inCall: number }>) => {
    for (const user of users) {
      const theirs = (user.inCall & 6) !== 0
      if (user.sessionId === own.sessionId || !(user.inCall & 1) || offered.has(user.sessionId)) continue
      if (theirs && user.sessionId > own.sessionId) continue
      offered.add(user.sessionId)
      const { pc, wire } = connect(user.sessionId, 'video', String(Date.now()))
      await pc.setLocalDescription(await pc.createOffer())
      await send({ ...wire, type: 'offer', payload: { type: 'offer', sdp: pc.localDescription!.sdp } })
    }
  }

  const poll = async () => {
    while (!stopped) {
      const { data } = await axios.get(signalingUrl)
      for (const entry of data.ocs.data as Array<{ type: string; data: unknown }>) {
        if (entry.type === 'message') await receive(JSON.parse(entry.data as string) as Record<string, unknown>)
        if (entry.type === 'usersInRoom') await offerTo(entry.data as Array<{ sessionId: string; inCall: number }>)
      }
    }
  }
  const polling = poll().catch((error: unknown) => String(error))

  return {
    sessionId: own.sessionId,
    streams,
    status,
    states,
    signals,
    /** Resolves once `check` holds, looking again at every change this client sees. */
    until<T>(check: () => T | undefined | false): Promise<T> {
      return new Promise((resolve) => {
        const look = () => {
          const result = check()
          if (result === undefined || result === false) return
          listeners.delete(look)
          resolve(result)
        }
        listeners.add(look)
        look()
      })
    },
    stop() {
      stopped = true
      connections.forEach((pc) => pc.close())
      local.getTracks().forEach((track) => track.stop())
      return polling
    },
  }
}

/** Resolves once `video` has shown two different frames (it plays: its time advances). */
export function framesAdvance(video: HTMLVideoElement): Promise<{ width: number; first: number; second: number }> {
  return new Promise((resolve) => {
    video.requestVideoFrameCallback((_now, first) => {
      const next = () =>
        video.requestVideoFrameCallback((_later, second) => {
          if (second.mediaTime <= first.mediaTime) return next()
          resolve({ width: video.videoWidth, first: first.mediaTime, second: second.mediaTime })
        })
      next()
    })
  })
}
