// Nextcloud core's avatars (no avatar uploaded in the mock's world, so each is generated):
// GET /index.php/avatar/{userId}/{size}[/dark]: 200 the user's avatar from its display name
//   (cached a day); 404 `[]` for a user the world does not know.
// GET /index.php/avatar/guest/{guestName}/{size}[/dark]: 201 the guest's avatar from the name
//   (cached 30 minutes). Sizes up to 64 are 64, others 512. HEAD as GET; other methods 405.
import { jsonAnswer, type PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { methodNotAllowed } from '../html/html-answer.js'
import type { World } from '../world/world.js'
import { avatarAnswer, avatarSize } from './avatar-answer.js'

/**
 * The avatar routes (any webroot before `/index.php`).
 * @example
 * AVATAR_ROUTES.test('/index.php/avatar/alice/64') // true
 */
export const AVATAR_ROUTES = /\/index\.php\/avatar\/(?:guest\/)?[^/]+\/[^/]+(?:\/dark)?$/

const GUEST = /\/index\.php\/avatar\/guest\/([^/]+)\/([^/]+?)(\/dark)?$/
const USER = /\/index\.php\/avatar\/([^/]+)\/([^/]+?)(\/dark)?$/

/**
 * Answers Nextcloud's avatar routes; `undefined` for any other path.
 * @example
 * answerAvatarRequest(world, request)?.status // 200
 */
export function answerAvatarRequest(world: World, request: PlainRequest): PlainAnswer | undefined {
  const { pathname } = request.url
  const guest = GUEST.exec(pathname)
  const user = guest ? null : USER.exec(pathname)
  if (!guest && !user) return undefined
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed()
  const [, name, size, dark] = (guest ?? user)!
  const decoded = safeDecode(name!)
  if (guest) return avatarAnswer(decoded, avatarSize(size!), dark !== undefined, { status: 201, maxAge: 1800 })
  const known = world.users.get(decoded)
  if (!known) return jsonAnswer([], 404)
  return avatarAnswer(known.displayName || known.id, avatarSize(size!), dark !== undefined, {
    status: 200,
    maxAge: 86400,
  })
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
