import { sha1 } from '../world/sha1.js'
import type { World } from '../world/world.js'

/**
 * The `X-Nextcloud-Talk-Hash` header Talk sends with conversations: a hash of the server
 * settings a client depends on. Talk's web client asks for a reload when it changes, so it
 * changes exactly when the world's settings do.
 * @example
 * return { ...controllerOutcome(200, room), headers: talkHashHeader(world) }
 */
export function talkHashHeader(world: World): Record<string, string> {
  return { 'X-Nextcloud-Talk-Hash': sha1(JSON.stringify(world.settings)) }
}
