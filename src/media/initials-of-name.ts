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
