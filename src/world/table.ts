import { Collection } from '@msw/data'
import type { z } from 'zod'
import { TalkMockError } from '../errors.js'
import { createQueue } from './create-queue.js'

type Key = string | number

/**
 * An `@msw/data` collection with the indexes the hot paths need: records by key, and keys by
 * group (attendees by conversation, sessions by attendee). Every write goes through here so
 * the indexes never drift from the collection; lookups never scan the collection. A row is
 * indexed as soon as its insert starts, and writes reach the collection one at a time, so
 * writes made at once neither duplicate a key nor lose each other's changes.
 * @example
 * const users = new Table(userSchema, (user) => user.id)
 * await users.insert({ id: 'alice', displayName: 'Alice' })
 * users.get('alice')?.displayName // 'Alice'
 */
export class Table<Schema extends z.ZodObject, Row extends z.output<Schema> = z.output<Schema>> {
  readonly collection: Collection<Schema>
  readonly #byKey = new Map<Key, Row>()
  readonly #groups = new Map<Key, Set<Key>>()
  /** Rows whose insert has not reached the collection yet. */
  readonly #pending = new WeakSet<object>()
  readonly #inTurn = createQueue()

  constructor(
    schema: Schema,
    private readonly keyOf: (row: Row) => Key,
    private readonly groupOf?: (row: Row) => Key,
  ) {
    this.collection = new Collection({ schema })
  }

  /** The row with this key. @example sessions.get(sessionId) */
  get(key: Key): Row | undefined {
    return this.#byKey.get(key)
  }

  /** Every row, in insertion order. @example users.all().length */
  all(): Row[] {
    return this.collection.all() as Row[]
  }

  /** How many rows there are. @example attendees.count() */
  count(): number {
    return this.#byKey.size
  }

  /** The rows of one group, in insertion order. @example attendees.inGroup('abc123') */
  inGroup(group: Key): Row[] {
    const keys = this.#groups.get(group)
    if (!keys) return []
    const rows: Row[] = []
    for (const key of keys) rows.push(this.#byKey.get(key)!)
    return rows
  }

  /**
   * Stores a row (validated by the schema). Its key is taken at once: a second insert with the
   * same key throws, even before the first one lands.
   * @example await users.insert({ id: 'bob', displayName: 'Bob' })
   */
  async insert(values: z.input<Schema>): Promise<Row> {
    const placeholder = values as unknown as Row
    const key = this.keyOf(placeholder)
    if (this.#byKey.has(key)) {
      throw new TalkMockError('store a row', `the key "${String(key)}" is taken`, 'Use another key.')
    }
    this.#index(key, placeholder)
    this.#pending.add(placeholder)
    try {
      const row = (await this.#inTurn(() => this.collection.create(values as never))) as unknown as Row
      // Removed while it was being inserted: the collection must not keep it either.
      if (this.#byKey.get(key) === placeholder) this.#byKey.set(key, row)
      else this.collection.delete(row as never)
      return row
    } catch (error) {
      if (this.#byKey.get(key) === placeholder) this.#unindex(key, placeholder)
      throw error
    } finally {
      this.#pending.delete(placeholder)
    }
  }

  /**
   * Changes a row through a draft and returns its new version; the key and the group are fixed.
   * @example await sessions.update(session, (draft) => { draft.inCall = 7 })
   */
  async update(row: Row, change: (draft: Row) => void): Promise<Row> {
    const key = this.keyOf(row)
    return this.#inTurn(async () => {
      const current = this.#byKey.get(key)
      if (!current) return row
      try {
        const next = (await this.collection.update(current as never, { data: change as never })) as unknown as Row
        if (this.#byKey.get(key) === current) this.#byKey.set(key, next)
        return next
      } catch (error) {
        // Removed while the change was being made: there is nothing left to change.
        if (this.#byKey.get(key) !== current) return current
        throw error
      }
    })
  }

  /** Removes a row. @example sessions.remove(session) */
  remove(row: Row): void {
    const key = this.keyOf(row)
    const current = this.#byKey.get(key)
    if (!current) return
    if (!this.#pending.has(current)) this.collection.delete(current as never)
    this.#unindex(key, current)
  }

  /** Removes every row. @example users.clear() */
  clear(): void {
    this.collection.clear()
    this.#byKey.clear()
    this.#groups.clear()
  }

  #index(key: Key, row: Row): void {
    this.#byKey.set(key, row)
    if (!this.groupOf) return
    const group = this.groupOf(row)
    let keys = this.#groups.get(group)
    if (!keys) this.#groups.set(group, (keys = new Set()))
    keys.add(key)
  }

  #unindex(key: Key, row: Row): void {
    this.#byKey.delete(key)
    if (this.groupOf) this.#groups.get(this.groupOf(row))?.delete(key)
  }
}
