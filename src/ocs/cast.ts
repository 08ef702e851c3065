/**
 * Casts a raw parameter to a bool as Nextcloud's dispatcher does: the string `'false'` is
 * false, everything else follows PHP's `settype` (`''`, `'0'`, `0` are false).
 * @example
 * toBool('false', true) // false
 * toBool('1', false) // true
 * toBool(undefined, false) // false (the default)
 */
export function toBool(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback
  if (value === 'false') return false
  if (typeof value === 'string') return value !== '' && value !== '0'
  if (Array.isArray(value)) return value.length > 0
  return Boolean(value)
}

/**
 * Casts a raw parameter to an int as PHP's `settype` does: a leading number is read, anything
 * else is 0; floats are truncated.
 * @example
 * toInt('12abc') // 12
 * toInt('abc') // 0
 * toInt(true) // 1
 */
export function toInt(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^\s*[+-]?\d+/.exec(value)
    return match ? Number.parseInt(match[0], 10) : 0
  }
  if (Array.isArray(value)) return value.length > 0 ? 1 : 0
  return 0
}
