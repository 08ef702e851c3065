import type { World } from '../world/world.js'
import type { Caller } from './caller.js'

/**
 * Decides who a request acts as: `Authorization: Basic` names a user of the world (any
 * password), otherwise the world's viewer (a user id, or `null` for an anonymous guest).
 * Returns `undefined` when Basic auth names a user the world does not know (Nextcloud: 401).
 * `viewer` stands in for the world's viewer (the timeline's guests act as `null`).
 * @example
 * const caller = identifyCaller(world, request.headers.authorization ?? null, 'implicit')
 */
export function identifyCaller(
  world: World,
  authorization: string | null,
  clientId: string,
  viewer: string | null = world.viewer,
): Caller | undefined {
  const basic = authorization && /^Basic\s+(\S+)$/i.exec(authorization)
  if (basic) {
    const userId = decodeBasicUser(basic[1]!)
    if (userId === undefined || !world.users.get(userId)) return undefined
    return { kind: 'user', userId, clientId }
  }
  if (viewer !== null && world.users.get(viewer)) return { kind: 'user', userId: viewer, clientId }
  return { kind: 'guest', clientId }
}

function decodeBasicUser(encoded: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))
    const decoded = new TextDecoder().decode(bytes)
    const colon = decoded.indexOf(':')
    return colon === -1 ? undefined : decoded.slice(0, colon)
  } catch {
    return undefined
  }
}
