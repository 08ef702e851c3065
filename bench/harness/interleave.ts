/**
 * One side of a comparison: `prepare` runs before each of its batches (e.g. to install its
 * handlers), `operation` is what is timed.
 * @example
 * const side: Side = { prepare: () => server.resetHandlers(...mock.handlers), operation: () => getCall() }
 */
export interface Side {
  prepare?(): void | Promise<void>
  operation(): Promise<unknown>
}

/**
 * Medians of an interleaved comparison, in milliseconds per operation, and the ratio
 * subject/baseline: the median of the per-round ratios (each round times both sides within
 * milliseconds of each other, so a slow spell of the machine cancels out), with its quartiles
 * (how noisy the run was).
 * @example
 * const { ratio, baselineMs, subjectMs } = await interleave({ baseline, subject, rounds: 20, batchMs: 100 })
 */
export interface Comparison {
  baselineMs: number
  subjectMs: number
  ratio: number
  ratioQ1: number
  ratioQ3: number
  rounds: number
  iterations: number
}

/**
 * Times two sides alternately: in each round one batch per side, the order swapping every
 * round. A warm-up batch of each first sizes the batches to about `batchMs` of the slower
 * side. The machine's drift hits both sides of a round alike, so the ratio holds where
 * times do not.
 * @example
 * const comparison = await interleave({ baseline: staticSide, subject: mockSide, rounds: 20, batchMs: 100 })
 */
export async function interleave(options: {
  baseline: Side
  subject: Side
  rounds: number
  batchMs: number
}): Promise<Comparison> {
  const { baseline, subject, rounds, batchMs } = options
  const slowest = Math.max(await calibrate(baseline, batchMs), await calibrate(subject, batchMs))
  const iterations = Math.max(1, Math.round(batchMs / slowest))
  const baselineTimes: number[] = []
  const subjectTimes: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0 ? baseline : subject
    const second = first === baseline ? subject : baseline
    const times = new Map([
      [first, await timeBatch(first, iterations)],
      [second, await timeBatch(second, iterations)],
    ])
    baselineTimes.push(times.get(baseline)!)
    subjectTimes.push(times.get(subject)!)
    ratios.push(times.get(subject)! / times.get(baseline)!)
  }
  const baselineMs = median(baselineTimes)
  const subjectMs = median(subjectTimes)
  return {
    baselineMs,
    subjectMs,
    ratio: median(ratios),
    ratioQ1: quantile(ratios, 0.25),
    ratioQ3: quantile(ratios, 0.75),
    rounds,
    iterations,
  }
}

/** Warms a side up for about `batchMs` and returns its milliseconds per operation. */
async function calibrate(side: Side, batchMs: number): Promise<number> {
  await side.prepare?.()
  const started = performance.now()
  let count = 0
  while (performance.now() - started < batchMs || count < 3) {
    await side.operation()
    count++
  }
  return (performance.now() - started) / count
}

/** Milliseconds per operation over one batch. */
async function timeBatch(side: Side, iterations: number): Promise<number> {
  await side.prepare?.()
  const started = performance.now()
  for (let index = 0; index < iterations; index++) await side.operation()
  return (performance.now() - started) / iterations
}

/**
 * The median of some numbers.
 * @example
 * median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/**
 * A quantile by linear interpolation between the closest ranks.
 * @example
 * quantile([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower)
}
