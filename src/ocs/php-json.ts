const ESCAPES: Record<string, string> = { '/': '\\/', '<': '\\u003C', '>': '\\u003E' }

/**
 * JSON as PHP's `json_encode($value, JSON_HEX_TAG)` writes it: slashes escaped, `<` and `>`
 * as `\u003C`/`\u003E`, and every non-ASCII character as a `\uxxxx` escape.
 * @example
 * encodePhpJson({ name: 'Zoë </b>' }) // '{"name":"Zo\\u00eb \\u003C\\/b\\u003E"}'
 */
export function encodePhpJson(value: unknown): string {
  // These characters only ever occur inside JSON strings, so a pass over the text is safe.
  return JSON.stringify(value).replace(/[/<>\u0080-\uffff]/g, (char) => {
    return ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
