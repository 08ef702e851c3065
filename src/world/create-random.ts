/** The characters of Talk's session ids and of made-up tokens: a-z, A-Z and 0-9. */
const ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER_ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A world's seeded source of opaque ids (session ids, tokens, guest ids, SIP call ids). It
 * needs no locale data, so joining a call never has to load faker; names stay faker's.
 * @example
 * const random = createRandom(1)
 * random.alphanumeric(255) // the same 255 characters for seed 1 on every run
 */
export interface Random {
  /** `length` characters of a-z, A-Z and 0-9 (`lower`: a-z and 0-9 only). */
  alphanumeric(length: number, casing?: 'mixed' | 'lower'): string
}

/**
 * Creates a world's id source from its seed (sfc32: small, fast, and good enough for ids that
 * only have to be distinct and stable).
 * @example
 * createRandom(7).alphanumeric(8, 'lower') // 'k2v9…', the same for seed 7 every time
 */
export function createRandom(seed: number): Random {
  // Seed words spread by splitmix32, so nearby seeds start far apart.
  let state = seed >>> 0
  const splitmix = () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix()
  let b = splitmix()
  let c = splitmix()
  let d = splitmix()
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t
  }
  for (let warmUp = 0; warmUp < 12; warmUp++) next()
  return {
    alphanumeric(length, casing = 'mixed') {
      const alphabet = casing === 'lower' ? LOWER_ALPHANUMERIC : ALPHANUMERIC
      // Char codes in one go: adding up a string a character at a time leaves a chain to flatten.
      const codes = new Array<number>(length)
      for (let index = 0; index < length; index++) {
        codes[index] = alphabet.charCodeAt(Math.floor((next() / 0x100000000) * alphabet.length))
      }
      return String.fromCharCode(...codes)
    },
  }
}
