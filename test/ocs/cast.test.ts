import { describe, expect, it } from 'vitest'
import { toBool, toInt, toStr } from '../../src/ocs/cast.js'

describe('toBool', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['1', true],
    ['0', false],
    ['', false],
    ['no', true],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [[], false],
    [['x'], true],
    [{}, false],
    [{ a: 1 }, true],
  ])('casts %j to %j as PHP with the dispatcher rule for "false"', (value, expected) => {
    expect(toBool(value, !expected)).toBe(expected)
  })

  it('gives the fallback for a missing value', () => {
    expect(toBool(undefined, true)).toBe(true)
    expect(toBool(null, false)).toBe(false)
  })
})

describe('toInt', () => {
  it.each([
    ['3', 3],
    [' 7', 7],
    ['12abc', 12],
    ['3.9', 3],
    ['1e1', 10],
    ['1.5e1', 15],
    ['2e1abc', 20],
    ['.5', 0],
    ['0x1A', 0],
    ['7 ', 7],
    ['abc', 0],
    ['-4', -4],
    ['+5', 5],
    ['', 0],
    [3.9, 3],
    [-3.9, -3],
    [true, 1],
    [false, 0],
    [null, 0],
    [Number.NaN, 0],
    [['x'], 1],
    [[], 0],
    [{ a: 1 }, 1],
    [{}, 0],
    [1e300, 0],
    [2 ** 64 + 2 ** 12, 2 ** 12],
    [1e19, 1e19 - 2 ** 64],
    [-1e19, 2 ** 64 - 1e19],
    [Number.POSITIVE_INFINITY, 0],
    ['1e300', 2 ** 63],
    ['99999999999999999999', 2 ** 63],
    ['-99999999999999999999', -(2 ** 63)],
    ['1e999', 0],
  ])('casts %j to %j as PHP settype does', (value, expected) => {
    expect(toInt(value)).toBe(expected)
  })
})

describe('toStr', () => {
  it.each([
    ['pw', 'pw'],
    [1234, '1234'],
    [1.5, '1.5'],
    [true, '1'],
    [false, ''],
    [['x'], 'Array'],
    [{ a: 1 }, 'Array'],
  ])('casts %j to %j as PHP settype does', (value, expected) => {
    expect(toStr(value, 'fallback')).toBe(expected)
  })

  it('gives the fallback for a missing value', () => {
    expect(toStr(undefined, '')).toBe('')
    expect(toStr(null, 'x')).toBe('x')
  })
})
