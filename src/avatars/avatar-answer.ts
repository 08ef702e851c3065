import type { PlainAnswer } from '../door/plain-answer.js'
import { renderAvatar } from './render-avatar.js'

/**
 * The sizes Nextcloud serves an avatar in: 64 for anything up to 64, else 512.
 * @example
 * avatarSize('32') // 64
 */
export function avatarSize(requested: string): number {
  const size = parseInt(requested, 10)
  return size <= 64 || Number.isNaN(size) ? 64 : 512
}

/**
 * A generated avatar as Nextcloud's avatar controllers send it: `status` (200 for a user, 201 for
 * a guest's), `X-NC-IsCustomAvatar: 0`, cached privately for `maxAge` seconds as immutable.
 * Divergence: Nextcloud renders the generated avatar to PNG; the mock sends the same picture as
 * SVG (`image/svg+xml`), which `<img>` shows alike, as the core has no font rasteriser.
 * @example
 * avatarAnswer('Alice', 64, false, { status: 200, maxAge: 86400 })
 */
export function avatarAnswer(
  displayName: string,
  size: number,
  dark: boolean,
  options: { status: number; maxAge: number },
): PlainAnswer {
  return {
    status: options.status,
    headers: {
      'content-type': 'image/svg+xml',
      'x-nc-iscustomavatar': '0',
      'cache-control': `private, max-age=${options.maxAge}, immutable`,
    },
    body: renderAvatar(displayName, size, dark),
  }
}
