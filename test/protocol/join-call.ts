import { joinConversation, talkFetch } from '../support/talk-fetch.js'

/**
 * Joins the conversation, then its call with `flags` (consenting to recording), as `user` (or
 * the viewer); fails the test unless both answer 200.
 * @example
 * await joinConversationAndCall(TOKEN, 'bob')
 */
export async function joinConversationAndCall(token: string, user?: string, flags = 7): Promise<void> {
  await joinConversation(token, { user })
  const joined = await talkFetch('POST', `/call/${token}`, { user, body: { flags, recordingConsent: true } })
  if (joined.status !== 200) throw new Error(`joining the call of ${token} as ${user} answered ${joined.status}`)
}
