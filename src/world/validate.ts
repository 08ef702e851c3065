import { z } from 'zod/mini'
import { TalkMockError } from '../errors.js'

/**
 * Parses `input` with `schema`, or throws a `TalkMockError` that names each bad field, so a
 * world is never half-built from bad input.
 * @example
 * const user = validate(userSchema, { id: 'alice', displayName: 'Alice' }, 'add user "alice"')
 */
export function validate<Schema extends z.ZodMiniType>(
  schema: Schema,
  input: unknown,
  action: string,
): z.output<Schema> {
  const result = schema.safeParse(input, { error: english.localeError })
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || '(value)'}: ${issue.message}`)
  throw new TalkMockError(action, problems.join('; '), 'Fix the fields named above.')
}

// zod/mini loads no locale; English messages per call, as `z.config` would change every zod
// copy of the app (its configuration is global).
const english = z.locales.en()

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('')
}
