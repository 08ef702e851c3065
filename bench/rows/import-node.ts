import { buildNodeEntry } from '../harness/build-entry.js'
import { timeImport } from '../harness/child.js'
import { median } from '../harness/interleave.js'
import { round } from '../harness/figures.js'
import type { BenchContext, BenchRow, Figure } from '../harness/row.js'

/** Where the Node runtime is built to, inside the project so its imports resolve from node_modules. */
const OUT_DIR = 'dist/bench/import'
/** The dependencies the bundled variant carries inside (msw stays shared with the app's). */
const BUNDLED_DEPENDENCIES = ['@msw/data', 'zod', '@faker-js/faker', 'es-toolkit', 'mutative', 'rettime', 'outvariant']

/**
 * `import('talk-call-mock/node')` in a fresh Node process against `import('msw/node')` alone,
 * in turns, timed inside each process (its start-up is the same for all). The package ships
 * TypeScript sources, so the entry is first built as a consumer would get it: one ES module
 * from vite (SSR build, node20, not minified) with its dependencies left external; and, for
 * comparison, a build that carries @msw/data, zod and faker inside (tree-shaken), msw external.
 * @example
 * const figures = await importNodeRow.run(context)
 */
export const importNodeRow: BenchRow = {
  id: 'import-node',
  title: 'Importing talk-call-mock/node in a fresh process',
  async run(context) {
    context.log(`building src/runtimes/node.ts into ${OUT_DIR}`)
    const sides = {
      msw: 'msw/node',
      external: await buildNodeRuntime(context, 'external.js', []),
      bundled: await buildNodeRuntime(context, 'bundled.js', BUNDLED_DEPENDENCIES),
    }
    const names = Object.keys(sides) as Array<keyof typeof sides>
    const times = { msw: [] as number[], external: [] as number[], bundled: [] as number[] }
    for (const name of names) await timeImport(sides[name], context.root) // warms the disk cache
    const rounds = context.quick ? 4 : 15
    for (let turn = 0; turn < rounds; turn++) {
      for (let index = 0; index < names.length; index++) {
        const name = names[(turn + index) % names.length]!
        times[name].push((await timeImport(sides[name], context.root)).importMs)
      }
    }
    const figure = (name: 'external' | 'bundled', what: string, goal?: Figure['goal']): Figure => ({
      id: name === 'external' ? 'import-node' : 'import-node-bundled',
      what,
      comparedWith: 'importing `msw/node` alone',
      value: round(median(times[name].map((ms, turn) => ms / times.msw[turn]!)), 3),
      unit: 'ratio',
      goal,
      details: {
        baselineUs: round(median(times.msw) * 1000, 0),
        subjectUs: round(median(times[name]) * 1000, 0),
        rounds,
      },
    })
    return [
      figure('external', 'importing `talk-call-mock/node` in a fresh process (built, dependencies external)', {
        max: 1.5,
      }),
      figure('bundled', 'the same, built with @msw/data, zod and faker bundled in (msw external)'),
    ]
  },
}

function buildNodeRuntime(context: BenchContext, fileName: string, bundled: string[]): Promise<string> {
  return buildNodeEntry(context, { entry: 'src/runtimes/node.ts', outDir: OUT_DIR, fileName, bundled })
}
