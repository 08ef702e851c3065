import { describe, expect, it } from 'vitest'
import { isPhpNumeric } from '../../src/ocs/php-is-numeric.js'

// What PHP 8.3's is_numeric() answers for each string (php -r 'var_dump(is_numeric($s));').
const NUMERIC = [
  '0',
  '42',
  '-1',
  '+1',
  '1.0',
  '2.0',
  '1.',
  '.5',
  '-.5',
  '+.5e-3',
  '1e3',
  '1E+3',
  '1.e3',
  ' 1',
  '\t\n\r\v\f1',
  '1 ',
  ' 1.5 ',
]
const NOT_NUMERIC = [
  '',
  ' ',
  '.',
  '-',
  '+',
  'e3',
  '1e',
  '1e+',
  '0x1A',
  '0b1',
  '1_000',
  'INF',
  'NAN',
  '1 2',
  '--1',
  '1.2.3',
  'a1',
  '1a',
  '\u00a01',
]

describe("PHP's is_numeric() of a string", () => {
  it.each(NUMERIC)('holds %j numeric', (text) => {
    expect(isPhpNumeric(text)).toBe(true)
  })

  it.each(NOT_NUMERIC)('holds %j not numeric', (text) => {
    expect(isPhpNumeric(text)).toBe(false)
  })
})
