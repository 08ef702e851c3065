import { measureHeap } from './rows/heap.js'

/**
 * Measurements that run in a fresh process (`node dist/bench/run.js --child <name>`), each
 * returning what it found as JSON on stdout.
 * @example
 * const found = await children.heap!()
 */
export const children: Record<string, () => Promise<unknown>> = { heap: measureHeap }
