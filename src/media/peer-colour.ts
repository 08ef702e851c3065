/**
 * A stable colour for a display name (hue from an FNV-1a hash), with which a simulated peer's
 * video paints itself, so the same name keeps the same colour everywhere.
 * @example
 * colourOfName('Ada Lovelace') // 'hsl(212 55% 45%)'
 */
export function colourOfName(name: string): string {
  let hash = 0x811c9dc5
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0
  return `hsl(${hash % 360} 55% 45%)`
}

/**
 * Up to two initials of a display name, as Nextcloud's avatars show them; `?` for none.
 * @example
 * initialsOfName('Ada Lovelace') // 'AL'
 */
export function initialsOfName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return '?'
  const letters = words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0], [...words.at(-1)!][0]]
  return letters.join('').toUpperCase()
}
