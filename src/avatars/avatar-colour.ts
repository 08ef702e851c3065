import { md5 } from './md5.js'

/**
 * A colour as Nextcloud's `OCP\Color` holds it: whole 0 to 255 components.
 * @example
 * const blue: Rgb = { red: 0, green: 130, blue: 201 }
 */
export interface Rgb {
  red: number
  green: number
  blue: number
}

/** The three colours Nextcloud's avatar palette runs through, and the steps between two of them. */
const RED: Rgb = { red: 182, green: 70, blue: 157 }
const YELLOW: Rgb = { red: 221, green: 203, blue: 85 }
const NEXTCLOUD_BLUE: Rgb = { red: 0, green: 130, blue: 201 }
const STEPS = 6

/** `Color::mixPalette`: `steps` colours from `from` towards `to`, each component cut to a whole number. */
function mix(from: Rgb, to: Rgb): Rgb[] {
  const step = (key: keyof Rgb) => (to[key] - from[key]) / STEPS
  return Array.from({ length: STEPS }, (_, i) => ({
    red: Math.trunc(from.red + step('red') * i),
    green: Math.trunc(from.green + step('green') * i),
    blue: Math.trunc(from.blue + step('blue') * i),
  }))
}

const PALETTE = [...mix(RED, YELLOW), ...mix(YELLOW, NEXTCLOUD_BLUE), ...mix(NEXTCLOUD_BLUE, RED)]

/**
 * The colour Nextcloud gives a name's generated avatar (`Avatar::avatarBackgroundColor`): the
 * name lower-cased and hashed with MD5 (unless it already is an MD5 hash), its hex digits summed,
 * and that sum picks one of 18 colours on the way red, yellow, Nextcloud blue, red. The initials
 * are drawn in it; the background is its pale tint (`avatarTint`). Simulated peers drawn in the
 * same colour look as Talk shows their avatars.
 * @example
 * avatarColour('Alice') // { red: 221, green: 203, blue: 85 } (one of the 18)
 */
export function avatarColour(name: string): Rgb {
  let hash = name.toLowerCase()
  if (!/^([0-9a-f]{4}-?){8}$/.test(hash)) hash = md5(hash)
  let sum = 0
  for (const digit of hash.replace(/[^0-9a-f]+/g, '')) sum += parseInt(digit, 16)
  return PALETTE[sum % PALETTE.length]!
}

/**
 * The background of a generated avatar: its colour at 10 % over white (over black for the dark
 * variant), as `Color::alphaBlending(0.1, ...)` computes it.
 * @example
 * avatarTint({ red: 0, green: 130, blue: 201 }, false) // { red: 229, green: 242, blue: 249 }
 */
export function avatarTint(colour: Rgb, dark: boolean): Rgb {
  const base = dark ? 0 : 255
  const blend = (value: number) => Math.trunc(0.9 * base + 0.1 * value)
  return { red: blend(colour.red), green: blend(colour.green), blue: blend(colour.blue) }
}

/**
 * A colour as CSS and SVG write it: `#rrggbb`.
 * @example
 * hexOf({ red: 0, green: 130, blue: 201 }) // '#0082c9'
 */
export function hexOf(colour: Rgb): string {
  return `#${[colour.red, colour.green, colour.blue].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}
