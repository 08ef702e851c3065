import { sha1 } from '../world/sha1.js'

/**
 * A ticket in the shape of Talk's v1 signaling ticket (`random:timestamp:userid:hmac`). Only a
 * client of an external signaling server reads it; with internal signaling it is opaque, so
 * the mock derives it from what it names instead of signing it.
 * @example
 * signalingTicket('alice', 1767261600) // 'ab12…:1767261600:alice:cd34…'
 */
export function signalingTicket(userId: string | null, seconds: number): string {
  const random = sha1(`ticket\n${userId ?? ''}\n${seconds}`)
  return `${random}:${seconds}:${userId ?? ''}:${sha1(`hmac\n${random}`)}`
}

/**
 * A token in the shape of Talk's hello v2 JWT (header, claims, signature). Like the ticket, only
 * an external signaling server would check it; the signature is a placeholder.
 * @example
 * helloV2Token('alice', 'Alice Adams', 1767261600).split('.').length // 3
 */
export function helloV2Token(userId: string | null, displayName: string, seconds: number): string {
  const claims: Record<string, unknown> = { iss: 'talk-call-mock', iat: seconds, exp: seconds + 60 }
  if (userId !== null) Object.assign(claims, { sub: userId, userdata: { displayname: displayName } })
  return `${base64url({ alg: 'ES256', typ: 'JWT' })}.${base64url(claims)}.mock-signature`
}

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
