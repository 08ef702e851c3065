// PHP's whitespace around a numeric string: space, \t, \n, \r, \v, \f (trailing allowed since PHP 8).
const NUMERIC_STRING = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*$/

/**
 * PHP 8's `is_numeric()` of a string: an optional sign, digits with an optional decimal point
 * (`1.`, `.5`), an optional exponent, with whitespace around; no hex, no `INF`, no `1_000`.
 * Nextcloud's `BaseResponse::toXML()` names every array key it accepts `<element>`, so the
 * signaling settings' `1.0` and `2.0` are elements too.
 * @example
 * isPhpNumeric('2.0') // true
 * isPhpNumeric(' -1e3 ') // true
 * isPhpNumeric('0x1A') // false
 */
export function isPhpNumeric(text: string): boolean {
  return NUMERIC_STRING.test(text)
}
