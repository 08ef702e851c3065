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
  // JSON arrays and objects both arrive in PHP as arrays: true when not empty.
  if (typeof value === 'object') return Object.keys(value).length > 0
  return Boolean(value)
}

/**
 * Casts a raw parameter to an int as PHP's `settype` does: a leading number is read (with a
 * fraction or an exponent, as PHP >= 7.1 reads "1e1" as 10), anything else is 0; floats are
 * truncated.
 * @example
 * toInt('12abc') // 12
 * toInt('1e1') // 10
 * toInt('abc') // 0
 * toInt(true) // 1
 */
export function toInt(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(value)
    const number = match ? Number(match[0].trim()) : 0
    return Number.isFinite(number) ? Math.trunc(number) || 0 : 0
  }
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0 ? 1 : 0
  return 0
}

/**
 * Casts a raw parameter to a string as PHP's `settype` does for a `string` parameter: numbers
 * in decimal, `true` as "1", `false` as ""; a missing value gives `fallback`.
 * @example
 * toStr(1234, '') // '1234'
 * toStr(undefined, '') // ''
 */
export function toStr(value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? '1' : ''
  if (typeof value === 'number') return String(value)
  return typeof value === 'object' ? 'Array' : fallback
}
