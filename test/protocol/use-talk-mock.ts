import { talkFetch } from '../support/talk-fetch.js'

export { useTalkMock } from '../support/use-mock.js'

/** Joins the conversation, then its call (consenting to recording), as `user` (or the viewer); fails loudly if either fails. */
export async function joinConversationAndCall(token: string, user?: string, flags = 7): Promise<void> {
  await joinConversation(token, user)
  const joined = await talkFetch('POST', `/call/${token}`, { user, body: { flags, recordingConsent: true } })
  if (joined.status !== 200) throw new Error(`joining the call of ${token} as ${user} answered ${joined.status}`)
}

/** Joins the conversation as `user` (or the viewer) and returns the new session id. */
export async function joinConversation(token: string, user?: string): Promise<string> {
  const joined = await talkFetch('POST', `/room/${token}/participants/active`, { user })
  if (joined.status !== 200) throw new Error(`joining ${token} as ${user} answered ${joined.status}`)
  return (joined.data as { sessionId: string }).sessionId
}
