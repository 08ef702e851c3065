/**
 * Whether a changed copy of a row (from `tryChange`) holds exactly what the row holds.
 * @example
 * isUnchanged(row, tryChange(row, (draft) => void (draft.inCall = row.inCall))!) // true
 */
export function isUnchanged(row: object, copy: Record<string, unknown>): boolean {
  const fields = Object.keys(row)
  return (
    Object.keys(copy).length === fields.length &&
    fields.every((field) => isSame((row as Record<string, unknown>)[field], copy[field]))
  )
}

/**
 * The row as a change would leave it, made on a copy (arrays copied too, so a `push` shows), or
 * `undefined` for a row holding other objects, which cannot be copied this cheaply.
 * @example
 * tryChange({ id: 1, inCall: 0 }, (draft) => void (draft.inCall = 3)) // { id: 1, inCall: 3 }
 */
export function tryChange<Row extends object>(
  row: Row,
  change: (draft: Row) => void,
): Record<string, unknown> | undefined {
  const copy: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(row)) {
    if (Array.isArray(value) && value.every(isPrimitive)) copy[field] = [...value]
    else if (isPrimitive(value)) copy[field] = value
    else return undefined
  }
  change(copy as Row)
  return copy
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function')
}

function isSame(before: unknown, after: unknown): boolean {
  if (Array.isArray(before) && Array.isArray(after)) {
    return before.length === after.length && before.every((item, index) => Object.is(item, after[index]))
  }
  return Object.is(before, after)
}
