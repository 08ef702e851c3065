import { talkFetch, type TalkFetchOptions } from './talk-fetch.js'

/** Where the tests' internal signaling lives (v3, whatever the call API versions). */
export const SIGNALING = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v3/signaling'

/** One entry of a poll's answer. */
export type PollEntry =
  { type: 'message'; data: string } | { type: 'usersInRoom'; data: Array<Record<string, unknown>> }

/** Polls signaling for `token` as Talk's web client does; resolves when the mock answers. */
export async function poll(token: string, options: TalkFetchOptions = {}) {
  const result = await talkFetch('GET', `${SIGNALING}/${token}`, options)
  const entries = (result.data ?? []) as PollEntry[]
  const users = entries.find((entry) => entry.type === 'usersInRoom')?.data ?? []
  const messages = entries.filter((entry) => entry.type === 'message').map((entry) => JSON.parse(entry.data as string))
  return { status: result.status, entries, users, messages }
}

/** Sends signaling messages as Talk's web client does (`{messages: JSON text}`). */
export function send(token: string, elements: unknown[], options: TalkFetchOptions = {}) {
  return talkFetch('POST', `${SIGNALING}/${token}`, { ...options, body: { messages: JSON.stringify(elements) } })
}

/** A `message` element from `sessionId` carrying `fn`, as `Signaling.Internal` queues it. */
export function message(sessionId: string, fn: Record<string, unknown>) {
  return { ev: 'message', fn: JSON.stringify(fn), sessionId }
}

/** Lets a pending request reach the mock before the test goes on. */
export function settle() {
  return new Promise((resolve) => setTimeout(resolve, 20))
}

/** Sends the caller's own session a message and polls it back: a poll that answers at once. */
export async function pollOwnMessage(token: string, sessionId: string, options: TalkFetchOptions = {}) {
  await send(token, [message(sessionId, { to: sessionId, type: 'nickChanged', payload: { name: 'me' } })], options)
  return poll(token, options)
}
