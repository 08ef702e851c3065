/** A row's key, its group's or its lookup value. */
export type Key = string | number

/**
 * The lookups a table answers in O(1): rows by key, keys by group (attendees by conversation,
 * sessions by attendee) and by lookup value (attendees by actor). It is kept only from what the
 * collection reports (a record created, a new version of it checked, a record deleted), never
 * written beside it, so it stays true however a change reaches the collection.
 * @example
 * const index = new RowIndex((user: User) => user.id)
 * index.add(alice)
 * index.get('alice') // alice
 */
export class RowIndex<Row> {
  readonly #byKey = new Map<Key, Row>()
  readonly #groups = new Map<Key, Set<Key>>()
  readonly #lookups = new Map<Key, Set<Key>>()

  constructor(
    readonly keyOf: (row: Row) => Key,
    readonly groupOf?: (row: Row) => Key,
    readonly lookupOf?: (row: Row) => Key,
  ) {}

  /** The row with this key. @example index.get('alice') */
  get(key: Key): Row | undefined {
    return this.#byKey.get(key)
  }

  /** How many rows it holds. @example index.size */
  get size(): number {
    return this.#byKey.size
  }

  /** Every row, in the order they were added. @example index.rows() */
  rows(): IterableIterator<Row> {
    return this.#byKey.values()
  }

  /** The rows of one group, in the order they were stored. @example index.inGroup('abc123') */
  inGroup(group: Key): Row[] {
    const keys = this.#groups.get(group)
    if (!keys) return []
    const rows: Row[] = []
    for (const key of keys) rows.push(this.#byKey.get(key)!)
    return rows
  }

  /** The first row stored with this lookup value. @example index.lookup(`abc123\nusers\nalice`) */
  lookup(value: Key): Row | undefined {
    for (const key of this.#lookups.get(value) ?? []) return this.#byKey.get(key)
    return undefined
  }

  /** Indexes a row the collection created. @example index.add(row) */
  add(row: Row): void {
    const key = this.keyOf(row)
    this.#byKey.set(key, row)
    addKey(this.#groups, this.groupOf?.(row), key)
    addKey(this.#lookups, this.lookupOf?.(row), key)
  }

  /**
   * Takes a new version of an indexed row in its place (moving it to another group or lookup
   * value when those changed); returns the version it replaced, or `undefined` (and indexes
   * nothing) when no row has its key.
   * @example index.replace(nextVersion)
   */
  replace(row: Row): Row | undefined {
    const key = this.keyOf(row)
    const before = this.#byKey.get(key)
    if (before === undefined) return undefined
    this.#byKey.set(key, row)
    moveKey(this.#groups, this.groupOf?.(before), this.groupOf?.(row), key)
    moveKey(this.#lookups, this.lookupOf?.(before), this.lookupOf?.(row), key)
    return before
  }

  /** Forgets a row the collection deleted. @example index.remove(row) */
  remove(row: Row): void {
    const key = this.keyOf(row)
    const stored = this.#byKey.get(key)
    if (stored === undefined) return
    this.#byKey.delete(key)
    // The stored version's group and lookup value: the deleted record may be an older copy.
    if (this.groupOf) removeKey(this.#groups, this.groupOf(stored), key)
    if (this.lookupOf) removeKey(this.#lookups, this.lookupOf(stored), key)
  }
}

function addKey(index: Map<Key, Set<Key>>, value: Key | undefined, key: Key): void {
  if (value === undefined) return
  let keys = index.get(value)
  if (!keys) index.set(value, (keys = new Set()))
  keys.add(key)
}

function removeKey(index: Map<Key, Set<Key>>, value: Key, key: Key): void {
  const keys = index.get(value)
  if (!keys) return
  keys.delete(key)
  if (keys.size === 0) index.delete(value)
}

function moveKey(index: Map<Key, Set<Key>>, from: Key | undefined, to: Key | undefined, key: Key): void {
  if (from === to) return
  if (from !== undefined) removeKey(index, from, key)
  addKey(index, to, key)
}
