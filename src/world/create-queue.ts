/**
 * A queue that runs async work one piece at a time, in the order it was handed in, so a write
 * never reads a row another write is still changing. A failed piece does not stop the queue.
 * @example
 * const inTurn = createQueue()
 * await Promise.all([inTurn(() => table.write(a)), inTurn(() => table.write(b))]) // a, then b
 */
export function createQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve()
  return (work) => {
    const result = last.then(work)
    last = result.catch(() => undefined)
    return result
  }
}
