import type { SignalingEntry, TalkClient } from './talk-client.js'

/** How long Talk's client waits before polling again after a failure (`Signaling.Internal`). */
const RETRY_MS = 10_000

/** Who is in the room, as a poll's `usersInRoom` says. @example users[0].inCall */
export type UsersInRoom = Extract<SignalingEntry, { type: 'usersInRoom' }>['data']

/**
 * Talk's internal signaling poll loop (`Signaling.Internal._startPullingMessages`): polls
 * `GET /signaling/{token}`, hands every `usersInRoom` on and polls again at once; stops for
 * good on 404 (the conversation or the participant is gone) and 409 (the session was taken
 * over); after any other failure it says so and retries every 10 s.
 * @example
 * const loop = createSignalingLoop(talk, { onUsers, onEnded, onTrouble })
 * loop.start('groupcall')
 */
export function createSignalingLoop(
  talk: TalkClient,
  hooks: {
    onUsers(users: UsersInRoom): void
    onEnded(status: 404 | 409): void
    onTrouble(problem: string | undefined): void
  },
) {
  let controller: AbortController | undefined

  async function run(token: string, own: AbortController) {
    while (!own.signal.aborted) {
      const answer = await talk.pullMessages(token, own.signal)
      if (own.signal.aborted) return
      if (answer.status === 200 && Array.isArray(answer.ocs?.data)) {
        hooks.onTrouble(undefined)
        const users = answer.ocs.data.find((entry) => entry.type === 'usersInRoom')
        if (users?.type === 'usersInRoom') hooks.onUsers(users.data)
        continue
      }
      if (answer.status === 404 || answer.status === 409) return hooks.onEnded(answer.status)
      hooks.onTrouble('Lost connection to signaling server. Trying to reconnect.')
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
    }
  }

  return {
    /** Starts polling `token`, stopping any earlier loop. */
    start(token: string) {
      this.stop()
      const own = (controller = new AbortController())
      void run(token, own)
    },
    /** Stops polling; an answer still on its way is ignored. */
    stop() {
      controller?.abort()
      controller = undefined
    },
  }
}
