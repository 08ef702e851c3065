/**
 * The goal a figure is held to: at most `max`, at least `min`; a figure without one is only
 * reported.
 * @example
 * const goal: Goal = { max: 1.25 }
 */
export interface Goal {
  max?: number
  min?: number
}

/**
 * One line of the results table: what was measured, against what, the figure and its goal.
 * @example
 * const figure: Figure = { id: 'get-call-10', what: 'GET /call/{token}, 10 peers', comparedWith: 'static handler', value: 1.1, unit: 'ratio', goal: { max: 1.25 }, details: {} }
 */
export interface Figure {
  /** Stable across runs, for comparing result files. */
  id: string
  what: string
  comparedWith: string
  value: number
  unit: 'ratio' | 'KB' | 'KB/peer' | 'µs' | 'ms' | 'bytes' | 'count'
  goal?: Goal
  /** The raw figures behind `value` (medians in µs or ms, counts, sizes). */
  details: Record<string, number | string>
}

/**
 * What a measurement gets: whether to run the short CI version, and a log for progress.
 * @example
 * const rounds = context.quick ? 5 : 25
 */
export interface BenchContext {
  quick: boolean
  /** `--peers`: the server row also measures the mock servers people use instead (installed on demand). */
  peers: boolean
  /** The built benchmark script, for measurements that run it again in a fresh process. */
  script: string
  /** The project's root folder. */
  root: string
  log(message: string): void
}

/**
 * One measurement of the registry: runs side by side what it compares and returns its figures.
 * @example
 * export const heapRow: BenchRow = { id: 'heap', title: 'Heap of crowded-call', run: async (context) => [...] }
 */
export interface BenchRow {
  id: string
  title: string
  /** Why the row cannot run in this checkout (the runtime it measures is missing), if so. */
  unavailable?(context: BenchContext): string | undefined
  run(context: BenchContext): Promise<Figure[]>
}

/**
 * Whether a figure meets its goal; `undefined` when it has none.
 * @example
 * meetsGoal({ ...figure, value: 1.3, goal: { max: 1.25 } }) // false
 */
export function meetsGoal(figure: Figure): boolean | undefined {
  const { goal, value } = figure
  if (!goal) return undefined
  return (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min)
}

/**
 * How long to measure: rounds and batch length of the interleaved comparisons, shorter in
 * quick mode (CI), which only has to show that the benchmark still runs.
 * @example
 * await interleave({ baseline, subject, ...timing(context) })
 */
export function timing(context: BenchContext): { rounds: number; batchMs: number } {
  return context.quick ? { rounds: 16, batchMs: 15 } : { rounds: 120, batchMs: 25 }
}
