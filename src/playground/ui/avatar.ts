import { h } from './dom.js'

/**
 * Up to two initials of a name, as Nextcloud's avatars show them; `?` for a nameless guest.
 * @example
 * initialsOf('Ada Lovelace') // 'AL'
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return '?'
  const letters = words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0], [...words.at(-1)!][0]]
  return letters.join('').toUpperCase()
}

/**
 * A stable hue for a name, so the same person keeps the same colour.
 * @example
 * hueOf('alice') // always the same number in [0, 360)
 */
export function hueOf(key: string): number {
  // FNV-1a: ids that differ in one character (peer1, peer2) still land far apart.
  let hash = 0x811c9dc5
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0
  return hash % 360
}

/**
 * A round initials avatar coloured after `key` (the actor id).
 * @example
 * avatar('Ada Lovelace', 'users/ada')
 */
export function avatar(name: string, key: string, className = 'avatar'): HTMLElement {
  return h('span', { class: className, style: `--hue: ${hueOf(key)}`, 'aria-hidden': 'true' }, initialsOf(name))
}
