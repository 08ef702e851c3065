import { Collection } from '@msw/data'
import type { z } from 'zod/mini'
import { createTalkMock, type TalkMock, type World } from '../../src/index.js'
import { attendeeSchema, conversationSchema, sessionSchema, userSchema } from '../../src/world/schemas.js'
import { describeComparison, round } from '../harness/figures.js'
import { interleave } from '../harness/interleave.js'
import { timing, type BenchContext, type BenchRow, type Figure } from '../harness/row.js'

type Records = Array<[z.ZodMiniObject, object[]]>

/**
 * Building a world: `reset()` back to `default`, and switching to `crowded-call`, also under the
 * app's token (all rebuilt from the mock's image of their first build), and, for the report, `crowded-call` at seeds
 * never built before (its world function and faker run), against
 * inserting the very records those worlds end up with straight into fresh `@msw/data`
 * collections of the same zod schemas (the least any world on `@msw/data` has to do).
 * @example
 * const figures = await worldBuildRow.run(context)
 */
export const worldBuildRow: BenchRow = {
  id: 'world-build',
  title: 'Building scenario worlds against raw @msw/data inserts',
  async run(context) {
    context.log('reset() to default')
    const resetting = createTalkMock({ scenario: 'default' })
    await resetting.ready
    const reset = await compareBuild(context, resetting, () => resetting.reset())
    context.log('useScenario("crowded-call")')
    const switching = createTalkMock({ scenario: 'crowded-call' })
    await switching.ready
    const crowded = await compareBuild(context, switching, () => switching.useScenario('crowded-call'))
    // Under the app's token: the image of the scenario's own build renamed once, then kept as any other.
    context.log('useScenario("crowded-call") under the app token')
    const tokened = createTalkMock({ scenario: 'crowded-call', token: 'abc123' })
    await tokened.ready
    const underToken = await compareBuild(context, tokened, () => tokened.useScenario('crowded-call'))
    // A new seed every time: no image and no prebuilt world, so the world function and faker run.
    context.log('useScenario("crowded-call") at a new seed each time')
    let seed = 1000
    const firstBuild = await compareBuild(context, switching, () =>
      switching.useScenario('crowded-call', { seed: ++seed }),
    )
    return [
      figure('world-reset-default', '`reset()` + apply `default`', reset),
      figure('world-crowded-call', 'apply `crowded-call`', crowded),
      figure('world-crowded-call-token', 'apply `crowded-call` under the app token (`token: "abc123"`)', underToken),
      {
        ...figure(
          'world-crowded-call-first',
          'apply `crowded-call` at a seed not built before (faker runs)',
          firstBuild,
        ),
        goal: undefined,
      },
    ]
  },
}

async function compareBuild(context: BenchContext, mock: TalkMock, build: () => Promise<void>) {
  const records = recordsOf(mock.world)
  const comparison = await interleave({
    baseline: { operation: () => insertAll(records) },
    subject: { operation: build },
    ...timing(context),
  })
  return { ...comparison, records: records.reduce((count, [, rows]) => count + rows.length, 0) }
}

/** Plain copies of a world's rows, table by table, with the schema of each. */
function recordsOf(world: World): Records {
  const copy = (rows: object[]) => rows.map((row) => ({ ...row }))
  return [
    [userSchema, copy(world.users.all())],
    [conversationSchema, copy(world.conversations.all())],
    [attendeeSchema, copy(world.attendees.all())],
    [sessionSchema, copy(world.sessions.all())],
  ]
}

async function insertAll(records: Records): Promise<void> {
  for (const [schema, rows] of records) {
    const collection = new Collection({ schema })
    for (const row of rows) await collection.create(row as never)
  }
}

function figure(id: string, what: string, comparison: Awaited<ReturnType<typeof compareBuild>>): Figure {
  return {
    id,
    what,
    comparedWith: `the same ${comparison.records} records inserted straight into \`@msw/data\``,
    value: round(comparison.ratio, 3),
    unit: 'ratio',
    goal: { max: 1.5 },
    details: { ...describeComparison(comparison), records: comparison.records },
  }
}
