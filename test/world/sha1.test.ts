import { describe, expect, it } from 'vitest'
import { sha1 } from '../../src/world/sha1.js'

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('hashes the FIPS 180 vector %j', (input, digest) => {
    expect(sha1(input)).toBe(digest)
  })

  it('hashes a million "a"s', () => {
    expect(sha1('a'.repeat(1_000_000))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f')
  })

  it.each([
    [55, 'cef734ba81a024479e09eb5a75b6ddae62e6abf1'],
    [56, '901305367c259952f4e7af8323f480d59f81335b'],
    [63, '0ddc4e0cccd9a12850deb5abb0853a4425559fec'],
    [64, 'bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163'],
    [65, '78c741ddc482e4cdf8c474a0876347a0905b6233'],
  ])('pads a message of %i bytes across the block boundary', (length, digest) => {
    expect(sha1('x'.repeat(length))).toBe(digest)
  })

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(sha1('Zoë 👋')).toBe('c1d29c06352a03e0c38f46034d9fc973ae7a3fc2')
  })
})
