import { describe, expect, it } from 'vitest'
import { encodePhpJson } from '../../src/ocs/php-json.js'

describe('encodePhpJson', () => {
  it('escapes slashes as PHP does', () => {
    expect(encodePhpJson({ url: 'a/b' })).toBe('{"url":"a\\/b"}')
  })

  it('writes < and > as \\u003C and \\u003E (JSON_HEX_TAG)', () => {
    expect(encodePhpJson('<b>')).toBe('"\\u003Cb\\u003E"')
  })

  it('writes non-ASCII characters as lower-case \\u escapes', () => {
    expect(encodePhpJson('Zoë')).toBe('"Zo\\u00eb"')
  })

  it('writes characters outside the BMP as surrogate pairs', () => {
    expect(encodePhpJson('👋')).toBe('"\\ud83d\\udc4b"')
  })

  it('keeps quotes and backslashes as JSON escapes', () => {
    expect(encodePhpJson('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o\\/"')
  })

  it('writes null, numbers and empty arrays as they are', () => {
    expect(encodePhpJson({ data: null, n: 15, list: [] })).toBe('{"data":null,"n":15,"list":[]}')
  })

  it('round-trips through JSON.parse', () => {
    const value = { name: 'Zoë </script> 👋 "x"', n: [1, 2] }
    expect(JSON.parse(encodePhpJson(value))).toEqual(value)
  })
})
