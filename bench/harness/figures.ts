import type { Comparison } from './interleave.js'

/**
 * The figures of a comparison worth keeping: medians in µs per operation and the noise.
 * @example
 * details: describeComparison(comparison)
 */
export function describeComparison(comparison: Comparison) {
  return {
    baselineUs: round(comparison.baselineMs * 1000),
    subjectUs: round(comparison.subjectMs * 1000),
    ratioQ1: round(comparison.ratioQ1, 3),
    ratioQ3: round(comparison.ratioQ3, 3),
    rounds: comparison.rounds,
    iterations: comparison.iterations,
  }
}

/**
 * Rounds to `digits` decimals.
 * @example
 * round(1.23456, 2) // 1.23
 */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
