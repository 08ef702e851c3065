/**
 * Whether a value is a speed a running clock can go at: above 0, up to 1000 times real time.
 * @example
 * isSpeed(4) // true
 */
export function isSpeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1000
}
