import { isPhpNumeric } from './php-is-numeric.js'

/**
 * XML as Nextcloud's OCS responses write it with PHP's XMLWriter (indent of one space):
 * list items and every other numeric key (`is_numeric()`: `1.0`, `-2`, `1e3`) become `<element>`, `null` and empty arrays become empty elements, `true` is "1"
 * and `false` is "".
 * @example
 * encodePhpXml({ ocs: { meta: { status: 'ok' }, data: [] } })
 * // '<?xml version="1.0"?>\n<ocs>\n <meta>\n  <status>ok</status>\n </meta>\n <data/>\n</ocs>\n'
 */
export function encodePhpXml(document: Record<string, unknown>): string {
  const lines = ['<?xml version="1.0"?>']
  writeChildren(document, 0, lines)
  return `${lines.join('\n')}\n`
}

function writeChildren(value: object, depth: number, lines: string[]): void {
  for (const [key, child] of Object.entries(value)) {
    const name = isPhpNumeric(key) ? 'element' : key
    const indent = ' '.repeat(depth)
    if (child === null || child === undefined) {
      lines.push(`${indent}<${name}/>`)
    } else if (typeof child === 'object') {
      if (Object.keys(child).length === 0) {
        lines.push(`${indent}<${name}/>`)
        continue
      }
      lines.push(`${indent}<${name}>`)
      writeChildren(child, depth + 1, lines)
      lines.push(`${indent}</${name}>`)
    } else {
      lines.push(`${indent}<${name}>${escapeText(scalarText(child))}</${name}>`)
    }
  }
}

function scalarText(value: unknown): string {
  if (value === true) return '1'
  if (value === false) return ''
  return String(value)
}

// XMLWriter escapes text as libxml2's xmlEncodeSpecialChars does: quotes and CR included.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' }

function escapeText(text: string): string {
  return text.replace(/[&<>"\r]/g, (char) => TEXT_ESCAPES[char]!)
}
