import { talkFetch, type TalkFetchOptions } from '../support/talk-fetch.js'

/** Where the tests' chat lives (v1, whatever the call API versions). */
export const CHAT = 'https://cloud.example.com/nextcloud/ocs/v2.php/apps/spreed/api/v1/chat'

/** One message as the chat API gives it. */
export type ChatMessage = Record<string, unknown> & { id: number; message: string; systemMessage: string }

/** Reads the chat as Talk's web client does: `query` becomes the URL's query. */
export async function readChat(token: string, query: Record<string, string | number>, options: TalkFetchOptions = {}) {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]))
  const result = await talkFetch('GET', `${CHAT}/${token}?${search.toString()}`, options)
  return {
    status: result.status,
    messages: (result.data ?? []) as ChatMessage[],
    text: result.text,
    lastGiven: result.response.headers.get('x-chat-last-given'),
    lastCommonRead: result.response.headers.get('x-chat-last-common-read'),
  }
}

/** The history before `lastKnownMessageId` (none: the newest messages), newest first. */
export function history(token: string, query: Record<string, string | number> = {}, options: TalkFetchOptions = {}) {
  return readChat(token, { lookIntoFuture: 0, limit: 100, setReadMarker: 0, includeLastKnown: 0, ...query }, options)
}

/** The long poll after `lastKnownMessageId`, as Talk's client sends it. */
export function pollChat(token: string, lastKnownMessageId: number, options: TalkFetchOptions = {}) {
  const query = {
    setReadMarker: 0,
    lookIntoFuture: 1,
    lastKnownMessageId,
    limit: 100,
    includeLastKnown: 0,
    markNotificationsAsRead: 0,
  }
  return readChat(token, query, options)
}

/** Sends a message as Talk's client does; fails the test unless it answers 201. */
export async function say(
  token: string,
  message: string,
  options: TalkFetchOptions = {},
  extra: Record<string, unknown> = {},
) {
  const result = await talkFetch('POST', `${CHAT}/${token}`, { ...options, body: { message, ...extra } })
  if (result.status !== 201) throw new Error(`sending to ${token} answered ${result.status}: ${result.text}`)
  return result.data as ChatMessage
}
