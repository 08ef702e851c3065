/**
 * Pretty-prints a JSON text, or gives it back as it is.
 * @example
 * prettyJson('{"a":1}') // '{\n  "a": 1\n}'
 */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}
