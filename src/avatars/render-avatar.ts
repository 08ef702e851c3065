import { escapeHtml } from '../html/escape-html.js'
import { avatarColour, avatarTint, hexOf } from './avatar-colour.js'

/**
 * The letters of a generated avatar, as Nextcloud picks them: the first letter of the display
 * name and of its second word, upper-cased; `?` for an empty name.
 * @example
 * avatarInitials('Alice Adams') // 'AA'
 */
export function avatarInitials(displayName: string): string {
  if (displayName === '') return '?'
  const space = displayName.indexOf(' ')
  const parts = space === -1 ? [displayName] : [displayName.slice(0, space), displayName.slice(space + 1)]
  return parts.map((part) => (Array.from(part)[0] ?? '').toUpperCase()).join('')
}

/**
 * The avatar Nextcloud generates for a name without an uploaded picture: its initials in the
 * name's colour on that colour's pale tint (a dark tint for the dark variant), square, `size`
 * pixels wide, as SVG.
 * @example
 * renderAvatar('Alice', 64, false) // '<svg xmlns="http://www.w3.org/2000/svg" width="64" …'
 */
export function renderAvatar(displayName: string, size: number, dark: boolean): string {
  const colour = avatarColour(displayName)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 500 500">` +
    `<rect width="500" height="500" fill="${hexOf(avatarTint(colour, dark))}"/>` +
    `<text x="250" y="350" text-anchor="middle" font-size="280" font-family="'Noto Sans', sans-serif" fill="${hexOf(colour)}">` +
    `${escapeHtml(avatarInitials(displayName))}</text></svg>\n`
  )
}
