import type { z } from 'zod/mini'
import { validate } from './validate.js'

/** Marks values a table checked already, so that the collection stores them without a second check. */
const checked = Symbol('checked')

/**
 * A value the collection is to store as it is: it passed its schema when it was checked (by
 * `Table.check`, or when it was first stored, for a world's image).
 * @example
 * await collection.create(markChecked(row))
 */
export function markChecked<Row extends object>(row: Row): Row {
  return { ...row, [checked]: true }
}

/**
 * Whether a value the collection created was marked by `markChecked` (a table's own insert, not
 * a record that reached the collection another way).
 * @example
 * collection.hooks.on('create', (event) => isMarkedChecked(event.data.initialValues))
 */
export function isMarkedChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked in value
}

/**
 * The schema a table's collection validates with: a value marked checked is taken as it is (the
 * collection hands over its own copy), anything else (a record's new version after an update, a
 * record from elsewhere) is parsed by `schema` once and reported to `onVersion`, which keeps the
 * table's index on the version the collection is about to store. A value that fails throws the
 * `TalkMockError` naming the fields, for `action()`.
 * @example
 * const collection = new Collection({ schema: storedSchema(userSchema, () => 'store a user', index.replace) })
 */
export function storedSchema<Schema extends z.ZodMiniObject>(
  schema: Schema,
  action: () => string,
  onVersion: (row: z.output<Schema>) => void,
): Schema {
  const props = schema['~standard']
  const check = (value: unknown) => {
    if (isMarkedChecked(value)) {
      delete (value as Record<symbol, unknown>)[checked]
      return { value: value as z.output<Schema> }
    }
    const row = validate(schema, value, action())
    onVersion(row)
    return { value: row }
  }
  return { '~standard': { ...props, validate: check } } as unknown as Schema
}
