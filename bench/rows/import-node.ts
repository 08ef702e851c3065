import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { timeFreshProcess } from '../harness/child.js'
import { median } from '../harness/interleave.js'
import { round } from '../harness/figures.js'
import type { BenchRow, Figure } from '../harness/row.js'

/** What `talk-call-mock/node` resolves to once `npm run build` (`prepare`) has run. */
const BUILT_ENTRY = 'dist/lib/node.js'

/**
 * The sides timed, each the body of a module run in a fresh process from the project's root,
 * where `talk-call-mock/...` resolves through the package's own `exports` (self-reference), so
 * what is timed is what the package ships. `*Ready` is what a test file pays before its first
 * request; its baseline is the least msw needs to serve one handler.
 */
const SIDES = {
  msw: "await import('msw/node')",
  talk: "await import('talk-call-mock/node')",
  mswReady:
    "const [{ setupServer }, { http }] = await Promise.all([import('msw/node'), import('msw/core/http')]);" +
    "setupServer(http.get('https://cloud.example.com/status.php', () => new Response('{}')))",
  talkReady:
    "const { setupTalkMock } = await import('talk-call-mock/node'); const { mock } = setupTalkMock(); await mock.ready",
}
type SideName = keyof typeof SIDES

/**
 * `import('talk-call-mock/node')` in a fresh Node process against `import('msw/node')` alone,
 * and, reported only, that import plus `setupTalkMock()` and `await mock.ready` against
 * `msw/node` plus `setupServer()` with one handler. The sides take turns, the order rotating
 * each turn; each figure is the median of the per-turn ratios.
 * @example
 * const figures = await importNodeRow.run(context)
 */
export const importNodeRow: BenchRow = {
  id: 'import-node',
  title: 'Importing talk-call-mock/node in a fresh process',
  unavailable: (context) =>
    existsSync(join(context.root, BUILT_ENTRY)) ? undefined : `no ${BUILT_ENTRY}: run \`npm run build\` first`,
  async run(context) {
    const names = Object.keys(SIDES) as SideName[]
    const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<SideName, number[]>
    for (const name of names) await timeFreshProcess(SIDES[name], context.root) // warms the disk cache
    const rounds = context.quick ? 4 : 21
    for (let turn = 0; turn < rounds; turn++) {
      for (let index = 0; index < names.length; index++) {
        const name = names[(turn + index) % names.length]!
        times[name].push(await timeFreshProcess(SIDES[name], context.root))
      }
    }
    const figure = (subject: SideName, baseline: SideName, fields: Omit<Figure, 'value' | 'unit' | 'details'>) => ({
      ...fields,
      value: round(median(times[subject].map((ms, turn) => ms / times[baseline][turn]!)), 3),
      unit: 'ratio' as const,
      details: {
        baselineUs: round(median(times[baseline]) * 1000, 0),
        subjectUs: round(median(times[subject]) * 1000, 0),
        rounds,
      },
    })
    return [
      figure('talk', 'msw', {
        id: 'import-node',
        what: 'importing `talk-call-mock/node` in a fresh process (as `npm run build` ships it)',
        comparedWith: 'importing `msw/node` alone',
        goal: { max: 1.5 },
      }),
      figure('talkReady', 'mswReady', {
        id: 'import-node-ready',
        what: 'the same import, then `setupTalkMock()` and `await mock.ready`',
        comparedWith: '`msw/node`, then `setupServer()` with one `msw/core/http` handler',
      }),
    ]
  },
}
