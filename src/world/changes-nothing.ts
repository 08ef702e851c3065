/**
 * Whether a draft change would leave a row exactly as it is, tried on a copy of it (arrays
 * copied too, so a `push` shows). Rows holding other objects are not tried: for them the
 * answer is `false`, and the change runs for real.
 * @example
 * changesNothing({ id: 1, inCall: 3 }, (draft) => void (draft.inCall = 3)) // true
 */
export function changesNothing<Row extends object>(row: Row, change: (draft: Row) => void): boolean {
  const copy = tryChange(row, change)
  if (!copy) return false
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
