/** How many values are kept at most (a clock moving without writes adds keys). */
const LIMIT = 64

/**
 * Values read from a world, each computed once and kept until the world's revision moves on.
 * @example
 * const values = new RememberedValues()
 * values.get(world.revision, 'peers', () => listPeers(world, token))
 */
export class RememberedValues {
  readonly #values = new Map<string, unknown>()
  #revision = -1

  /**
   * The value kept for `key` at `revision`, computed now if there is none.
   * @example
   * values.get(7, `peers\nabc123`, () => [])
   */
  get<T>(revision: number, key: string, compute: () => T): T {
    if (revision !== this.#revision || this.#values.size >= LIMIT) {
      this.#values.clear()
      this.#revision = revision
    }
    if (this.#values.has(key)) return this.#values.get(key) as T
    const value = compute()
    this.#values.set(key, value)
    return value
  }
}
