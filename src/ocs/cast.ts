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
 * Casts a raw parameter to an int as PHP's `settype` does on a 64-bit server: a leading number
 * is read (with a fraction or an exponent, as PHP >= 7.1 reads "1e1" as 10), anything else is 0;
 * floats are truncated. Past the integer range a float wraps modulo 2^64 (`zend_dval_to_lval`,
 * so the JSON float 1e300 is 0), while a numeric string saturates at PHP_INT_MIN/PHP_INT_MAX
 * (`zend_dval_to_lval_cap`). Results past 2^53 are as close as a JS number gets.
 * @example
 * toInt('12abc') // 12
 * toInt('1e1') // 10
 * toInt('abc') // 0
 * toInt(true) // 1
 * toInt(1e300) // 0
 * toInt('1e300') // 9223372036854775807 (PHP_INT_MAX, as near as a number holds it)
 */
export function toInt(value: unknown): number {
  if (typeof value === 'number') return wrapToInt64(value)
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(value)
    return match ? capToInt64(Number(match[0].trim())) : 0
  }
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0 ? 1 : 0
  return 0
}

const TWO_POW_63 = 2 ** 63
const TWO_POW_64 = 2 ** 64

/** `zend_dval_to_lval`: NaN and infinities are 0, a float past the range wraps modulo 2^64. */
function wrapToInt64(number: number): number {
  if (!Number.isFinite(number)) return 0
  if (number >= -TWO_POW_63 && number < TWO_POW_63) return Math.trunc(number) || 0
  // `%` is C's fmod, exact for doubles; a double this large has no fraction.
  let rest = number % TWO_POW_64
  if (rest < 0) rest += TWO_POW_64
  if (rest >= TWO_POW_63) rest -= TWO_POW_64
  return rest || 0
}

/** `zend_dval_to_lval_cap`: NaN and infinities are 0, a float past the range saturates. */
function capToInt64(number: number): number {
  if (!Number.isFinite(number)) return 0
  if (number >= TWO_POW_63) return TWO_POW_63 - 1
  if (number < -TWO_POW_63) return -TWO_POW_63
  return Math.trunc(number) || 0
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
