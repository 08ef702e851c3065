import { readFileSync } from 'node:fs'
import { timelineEventSchema } from '../../src/index.js'
import { generatedPage, markdownTable } from './markdown-table.js'

/** Fields every event has, or every moderator's event: told once, above the table. */
const COMMON = new Set(['at', 'token', 'result', 'kind', 'by'])

interface Shape {
  def: { shape: Record<string, { def: { type: string } }> }
}

/**
 * The timeline reference: each kind of event from the schema (src/timeline/timeline-schema.ts),
 * its fields (optional ones marked) and the comment the schema gives it.
 * @example
 * const page = renderTimeline()
 */
export function renderTimeline(): string {
  const source = readFileSync(new URL('../../src/timeline/timeline-schema.ts', import.meta.url), 'utf8')
  const comments = new Map<string, string>()
  for (const match of source.matchAll(
    /\/\*\*\s*(.*?)\s*\*\/\s*z\.strictObject\(\{[^]*?kind: z\.literal\('([a-z-]+)'\)/g,
  )) {
    comments.set(match[2]!, match[1]!.replace(/\s*\n\s*\*?\s*/g, ' '))
  }
  const options = (timelineEventSchema as unknown as { def: { options: Shape[] } }).def.options
  const rows = options.map(({ def: { shape } }) => {
    const kind = (shape.kind as unknown as { def: { values: string[] } }).def.values[0]!
    const comment = comments.get(kind)
    if (!comment) throw new Error(`the timeline schema gives ${kind} no comment`)
    const fields = Object.entries(shape)
      .filter(([name]) => !COMMON.has(name))
      .map(([name, field]) => `\`${name}\`${field.def.type === 'optional' ? ' (optional)' : ''}`)
    const by = 'by' in shape ? 'a moderator' : 'the peer'
    return [`\`${kind}\``, by, fields.join(', ') || '–', comment]
  })
  const body = [
    'A timeline is a list of events in world JSON (`timeline`), added with `mock.timeline.add(events)` or',
    '`POST /__talk-mock/timeline`. Every event takes `at` (ms after the timeline’s start) and `token` (the',
    'conversation; the world’s first when missing). A moderator’s event takes `by` (the conversation’s first',
    'owner or moderator when missing). An event runs as that peer’s or moderator’s own client, through the',
    'same endpoints and rules as your requests; see [the clock and timelines](../guide/clock-and-timelines.md).',
    '',
    markdownTable(['Kind', 'Acts as', 'Fields', 'What it does'], rows),
  ].join('\n')
  return generatedPage('Timeline events', 'the timeline schema (src/timeline/timeline-schema.ts)', body)
}
