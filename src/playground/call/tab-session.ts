import type { Room } from './room.js'

const KEY = 'talk-playground:joined-conversation'

/**
 * What the call screen remembers for the tab, as Talk's client keeps `joined_conversation` in
 * SessionStorage: the conversation it joined, the answer, and the media it chose.
 * @example
 * const saved: TabSession = { token: 'groupcall', room, audio: true, video: false }
 */
export interface TabSession {
  token: string
  room: Room
  audio: boolean
  video: boolean
}

/** The tab's joined conversation, if any. @example readTabSession()?.token */
export function readTabSession(): TabSession | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as TabSession | null
    return saved && typeof saved.token === 'string' && saved.room ? saved : undefined
  } catch {
    return undefined
  }
}

/** Remembers the tab's joined conversation. @example saveTabSession({ token, room, audio, video }) */
export function saveTabSession(session: TabSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session))
}

/** Forgets it (the conversation was left, or the world replaced). @example forgetTabSession() */
export function forgetTabSession(): void {
  sessionStorage.removeItem(KEY)
}
