import { Collection } from '@msw/data'
import type { z } from 'zod/mini'
import { TalkMockError } from '../errors.js'
import { isUnchanged, tryChange } from './try-change.js'
import { createQueue } from './create-queue.js'

type Key = string | number

/**
 * An `@msw/data` collection with the indexes the hot paths need: records by key, keys by
 * group (attendees by conversation, sessions by attendee) and by lookup value (attendees by
 * actor). Every write goes through here so the indexes never drift from the collection;
 * lookups never scan the collection. A row is indexed as soon as its insert starts, and writes
 * reach the collection one at a time, so writes made at once neither duplicate a key nor lose
 * each other's changes.
 * @example
 * const users = new Table(userSchema, (user) => user.id)
 * await users.insert({ id: 'alice', displayName: 'Alice' })
 * users.get('alice')?.displayName // 'Alice'
 */
export class Table<Schema extends z.ZodMiniObject, Row extends z.output<Schema> = z.output<Schema>> {
  /**
   * The `@msw/data` collection behind the indexes, for the repository's own tests. Left out of the
   * shipped declarations (`stripInternal`), so a user's types never need `@msw/data`.
   * @internal
   * @example world.sessions.collection.all()
   */
  readonly collection: Collection<Schema>
  readonly #byKey = new Map<Key, Row>()
  readonly #groups = new Map<Key, Set<Key>>()
  readonly #lookups = new Map<Key, Set<Key>>()
  /** Rows whose insert has not reached the collection yet. */
  readonly #pending = new WeakSet<object>()
  readonly #inTurn = createQueue()
  #revision = 0

  /** `groupOf` and `lookupOf` read fields that never change once a row is stored. */
  constructor(
    schema: Schema,
    private readonly keyOf: (row: Row) => Key,
    private readonly groupOf?: (row: Row) => Key,
    private readonly lookupOf?: (row: Row) => Key,
  ) {
    this.collection = new Collection({ schema })
  }

  /**
   * How many changes the table's rows have seen: what is read from it stays true while this holds.
   * @example const before = sessions.revision
   */
  get revision(): number {
    return this.#revision
  }

  /** The row with this key. @example sessions.get(sessionId) */
  get(key: Key): Row | undefined {
    return this.#byKey.get(key)
  }

  /** Every row, in insertion order (a changed row keeps its place). @example users.all().length */
  all(): Row[] {
    const rows: Row[] = []
    for (const row of this.#byKey.values()) if (!this.#pending.has(row)) rows.push(row)
    return rows
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

  /** The first row stored with this lookup value. @example attendees.lookup(`abc123\nusers\nalice`) */
  lookup(value: Key): Row | undefined {
    for (const key of this.#lookups.get(value) ?? []) return this.#byKey.get(key)
    return undefined
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
      if (this.#byKey.get(key) === placeholder) this.#replace(key, row)
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
   * Puts rows that were in a table of this schema before (a world's cached image) into this
   * empty table, as one write: they were checked when they were first stored.
   * @example
   * await world.users.restore(image.users)
   */
  async restore(rows: readonly Row[]): Promise<void> {
    if (this.#byKey.size > 0) {
      throw new TalkMockError('restore rows', 'the table has rows already', 'Restore into a fresh world only.')
    }
    await this.#inTurn(async () => {
      for (const row of rows) {
        const stored = (await this.collection.create(row as never)) as unknown as Row
        this.#index(this.keyOf(stored), stored)
      }
    })
  }

  /**
   * Changes a row through a draft and returns its new version; the key and the group are fixed.
   * A change that changes nothing returns the stored row as it is.
   * @example await sessions.update(session, (draft) => { draft.inCall = 7 })
   */
  async update(row: Row, change: (draft: Row) => void): Promise<Row> {
    const key = this.keyOf(row)
    return this.#inTurn(async () => {
      const current = this.#byKey.get(key)
      if (!current) return row
      const trial = tryChange(current, change) as Row | undefined
      if (trial && !this.#sameIdentity(current, trial)) {
        throw new TalkMockError(
          `update row "${String(key)}"`,
          'the change moves its key, its group or its lookup value, which the indexes rely on',
          'Remove the row and add a new one instead.',
        )
      }
      if (trial && isUnchanged(current, trial)) return current
      try {
        const next = await this.#store(current, trial, change)
        if (this.#byKey.get(key) === current) this.#replace(key, next)
        // Removed while its copy was being stored: the collection must not keep the copy either.
        else if (trial) this.collection.delete(next as never)
        return next
      } catch (error) {
        // Removed while the change was being made: there is nothing left to change.
        if (this.#byKey.get(key) !== current) return current
        throw error
      }
    })
  }

  /**
   * The changed row, stored. A row of plain fields is replaced by creating its changed copy
   * (validated as any new row) and deleting the old one: a third of the cost of a collection
   * update, which clones, drafts, diffs and validates the record and finds it by a scan, on the
   * hot path of every call request. Other rows take the collection's update.
   */
  async #store(current: Row, trial: Row | undefined, change: (draft: Row) => void): Promise<Row> {
    if (!trial) return (await this.collection.update(current as never, { data: change as never })) as unknown as Row
    const next = (await this.collection.create(trial as never)) as unknown as Row
    this.collection.delete(current as never)
    return next
  }

  #sameIdentity(before: Row, after: Row): boolean {
    return (
      this.keyOf(before) === this.keyOf(after) &&
      this.groupOf?.(before) === this.groupOf?.(after) &&
      this.lookupOf?.(before) === this.lookupOf?.(after)
    )
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
    this.#bump()
    this.collection.clear()
    this.#byKey.clear()
    this.#groups.clear()
    this.#lookups.clear()
  }

  /** Called after every write (see `World.subscribe`). */
  onChange: (() => void) | undefined

  #bump(): void {
    this.#revision++
    this.onChange?.()
  }

  #index(key: Key, row: Row): void {
    this.#bump()
    this.#byKey.set(key, row)
    addToIndex(this.#groups, this.groupOf?.(row), key)
    addToIndex(this.#lookups, this.lookupOf?.(row), key)
  }

  /** A new version of a stored row; its key, group and lookup value are the same. */
  #replace(key: Key, row: Row): void {
    this.#bump()
    this.#byKey.set(key, row)
  }

  #unindex(key: Key, row: Row): void {
    this.#bump()
    this.#byKey.delete(key)
    if (this.groupOf) this.#groups.get(this.groupOf(row))?.delete(key)
    if (this.lookupOf) this.#lookups.get(this.lookupOf(row))?.delete(key)
  }
}

function addToIndex(index: Map<Key, Set<Key>>, value: Key | undefined, key: Key): void {
  if (value === undefined) return
  let keys = index.get(value)
  if (!keys) index.set(value, (keys = new Set()))
  keys.add(key)
}
