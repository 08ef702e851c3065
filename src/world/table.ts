import { Collection } from '@msw/data'
import type { z } from 'zod/mini'
import { TalkMockError } from '../errors.js'
import { isUnchanged, tryChange } from './try-change.js'
import { createQueue } from './create-queue.js'
import { RowIndex, type Key } from './row-index.js'
import { isMarkedChecked, markChecked, storedSchema } from './stored-schema.js'
import { validate } from './validate.js'

/**
 * One kind of row of the world, stored in an `@msw/data` collection: the collection holds the
 * rows, and the lookups the hot paths need (by key, by group, by lookup value) come from an index
 * kept by the collection's own events: its `create` and `delete` hooks, and the schema check every
 * new version of a record passes before the collection stores it. So a change that reaches the
 * collection any way keeps them true. Each row is validated once. Writes reach the collection one
 * at a time, so writes made at once neither duplicate a key nor lose each other's changes.
 * @example
 * const users = new Table(userSchema, (user) => user.id)
 * await users.insert({ id: 'alice', displayName: 'Alice' })
 * users.get('alice')?.displayName // 'Alice'
 */
export class Table<Schema extends z.ZodMiniObject, Row extends z.output<Schema> = z.output<Schema>> {
  /**
   * The `@msw/data` collection that stores the rows.
   * @internal
   * @example world.sessions.collection.all()
   */
  readonly collection: Collection<Schema>
  readonly #index: RowIndex<Row>
  /** Rows whose insert has not reached the collection yet: their key and lookup value are taken. */
  readonly #pending: RowIndex<Row>
  /** Keys of inserts removed before they reached the collection. */
  readonly #cancelled = new Set<Key>()
  /** Rows `check` returned, which an insert stores without checking them again. */
  readonly #checked = new WeakSet<object>()
  readonly #inTurn = createQueue()
  #revision = 0
  /** The key this table is updating, whose new version notifies once it is stored. */
  #updating: Key | undefined
  /** What a check of a new version is for, in the error it throws. */
  #action = 'store a row'
  /** Set while this table deletes a record itself (it notifies once the record is gone). */
  #deleting = false

  /** `groupOf` and `lookupOf` read fields that a table's own updates never change. */
  constructor(
    private readonly schema: Schema,
    keyOf: (row: Row) => Key,
    groupOf?: (row: Row) => Key,
    lookupOf?: (row: Row) => Key,
  ) {
    const index = new RowIndex(keyOf, groupOf, lookupOf)
    this.#index = index
    this.#pending = new RowIndex(keyOf, undefined, lookupOf)
    this.collection = new Collection({
      schema: storedSchema(
        schema,
        () => this.#action,
        (row) => {
          if (index.replace(row as Row) !== undefined) this.#changed(index.keyOf(row as Row) !== this.#updating)
        },
      ),
    })
    this.collection.hooks.on('create', (event) => {
      index.add(event.data.record as unknown as Row)
      this.#changed(!isMarkedChecked(event.data.initialValues))
    })
    this.collection.hooks.on('delete', (event) => {
      index.remove(event.data.deletedRecord as unknown as Row)
      this.#changed(!this.#deleting)
    })
  }

  /**
   * How many changes the table's rows have seen: what is read from it stays true while this holds.
   * @example const before = sessions.revision
   */
  get revision(): number {
    return this.#revision
  }

  /**
   * The row with this key; a row being inserted counts from the moment its insert starts, so
   * writes made at once see each other's keys.
   * @example sessions.get(sessionId)
   */
  get(key: Key): Row | undefined {
    return this.#index.get(key) ?? (this.#cancelled.has(key) ? undefined : this.#pending.get(key))
  }

  /** Every row, in the collection's order (a changed row keeps its place). @example users.all().length */
  all(): Row[] {
    return this.collection.all().slice() as unknown as Row[]
  }

  /** How many rows there are. @example attendees.count() */
  count(): number {
    return this.collection.count()
  }

  /** The rows of one group, in the order they were stored. @example attendees.inGroup('abc123') */
  inGroup(group: Key): Row[] {
    return this.#index.inGroup(group)
  }

  /**
   * The first row stored (or being inserted) with this lookup value.
   * @example attendees.lookup(`abc123\nusers\nalice`)
   */
  lookup(value: Key): Row | undefined {
    return this.#index.lookup(value) ?? this.#pending.lookup(value)
  }

  /**
   * Validates values as a row of this table (throwing a `TalkMockError` for `action` that names
   * the bad fields); `insert` stores the row it returns without validating it again.
   * @example const user = users.check({ id: 'bob', displayName: 'Bob' }, 'add user "bob"')
   */
  check(values: unknown, action: string): Row {
    const row = validate(this.schema, values, action) as Row
    this.#checked.add(row)
    return row
  }

  /**
   * Stores a row (validated by the schema unless `check` returned it). Its key is taken at once:
   * a second insert with the same key throws, even before the first one lands.
   * @example await users.insert({ id: 'bob', displayName: 'Bob' })
   */
  async insert(values: z.input<Schema>): Promise<Row> {
    const row = this.#checked.has(values) ? (values as Row) : this.check(values, 'store a row')
    const key = this.#index.keyOf(row)
    if (this.get(key) !== undefined) {
      throw new TalkMockError('store a row', `the key "${String(key)}" is taken`, 'Use another key.')
    }
    this.#pending.add(row)
    try {
      const stored = (await this.#inTurn(() => this.collection.create(markChecked(row) as never))) as unknown as Row
      if (this.#cancelled.delete(key)) this.#delete(key)
      else this.#changed(true)
      return stored
    } finally {
      this.#pending.remove(row)
      this.#cancelled.delete(key)
    }
  }

  /**
   * Puts rows that were in a table of this schema before (a world's cached image) into this
   * empty table, as one write: they were checked when they were first stored.
   * @example
   * await world.users.restore(image.users)
   */
  async restore(rows: readonly Row[]): Promise<void> {
    if (this.count() > 0 || this.#pending.size > 0) {
      throw new TalkMockError('restore rows', 'the table has rows already', 'Restore into a fresh world only.')
    }
    await this.#inTurn(async () => {
      for (const row of rows) await this.collection.create(markChecked(row) as never)
    })
    this.#changed(true)
  }

  /**
   * Changes a row through a draft and returns its new version; the key and the group are fixed.
   * A change that changes nothing returns the stored row as it is.
   * @example await sessions.update(session, (draft) => { draft.inCall = 7 })
   */
  async update(row: Row, change: (draft: Row) => void): Promise<Row> {
    const key = this.#index.keyOf(row)
    return this.#inTurn(async () => {
      const current = this.#index.get(key)
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
      this.#updating = key
      this.#action = `update row "${String(key)}"`
      try {
        const next = (await this.collection.update(current as never, { data: change as never })) as unknown as Row
        this.#changed(true)
        return next
      } catch (error) {
        // Removed while the change was being made: there is nothing left to change.
        if (this.#index.get(key) === undefined) return current
        throw error
      } finally {
        this.#updating = undefined
        this.#action = 'store a row'
      }
    })
  }

  #sameIdentity(before: Row, after: Row): boolean {
    const { keyOf, groupOf, lookupOf } = this.#index
    return (
      keyOf(before) === keyOf(after) &&
      groupOf?.(before) === groupOf?.(after) &&
      lookupOf?.(before) === lookupOf?.(after)
    )
  }

  /** Removes a row. @example sessions.remove(session) */
  remove(row: Row): void {
    const key = this.#index.keyOf(row)
    if (this.#pending.get(key) !== undefined) this.#cancelled.add(key)
    else if (this.#index.get(key) !== undefined) this.#delete(key)
  }

  /** Removes every row. @example users.clear() */
  clear(): void {
    for (const row of this.#pending.rows()) this.#cancelled.add(this.#index.keyOf(row))
    for (const row of this.all()) this.#delete(this.#index.keyOf(row), false)
    this.#changed(true)
  }

  /** Called after every change of the rows (see `World.subscribe`). */
  onChange: (() => void) | undefined

  /**
   * Deletes the record of a key, found by the key rather than by the index's version: an update
   * in progress may have a version indexed that the collection has not stored yet.
   */
  #delete(key: Key, notify = true): void {
    const { keyOf } = this.#index
    this.#deleting = true
    try {
      this.collection.delete((query) => query.where((record) => keyOf(record as unknown as Row) === key))
    } finally {
      this.#deleting = false
    }
    if (notify) this.#changed(true)
  }

  /** Counts a change; listeners hear of it unless the write that made it tells them once it is stored. */
  #changed(notify: boolean): void {
    this.#revision++
    if (notify) this.onChange?.()
  }
}
