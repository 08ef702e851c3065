import { join } from 'node:path'
import { timeImport } from '../harness/child.js'
import { median } from '../harness/interleave.js'
import { round } from '../harness/figures.js'
import type { BenchContext, BenchRow } from '../harness/row.js'

/** Where the Node runtime is built to, inside the project so its imports resolve from node_modules. */
const OUT_DIR = 'dist/bench/import'
const BUNDLE = 'talk-call-mock-node.js'

/**
 * `import('talk-call-mock/node')` in a fresh Node process against `import('msw/node')` alone,
 * alternating, timed inside each process (its start-up is the same for both). The package
 * ships TypeScript sources, so the entry is first built as a consumer would get it: one ES
 * module from vite (SSR build, node20, not minified) with its dependencies left external.
 * @example
 * const [figure] = await importNodeRow.run(context)
 */
export const importNodeRow: BenchRow = {
  id: 'import-node',
  title: 'Importing talk-call-mock/node in a fresh process',
  async run(context) {
    context.log(`building src/runtimes/node.ts into ${OUT_DIR}`)
    const bundle = await buildNodeRuntime(context)
    const rounds = context.quick ? 4 : 15
    const msw: number[] = []
    const mock: number[] = []
    const processes: number[] = []
    await timeImport('msw/node', context.root) // warms the disk cache for both
    await timeImport(bundle, context.root)
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['msw', 'mock'] : ['mock', 'msw']
      for (const side of order) {
        const timed = await timeImport(side === 'msw' ? 'msw/node' : bundle, context.root)
        ;(side === 'msw' ? msw : mock).push(timed.importMs)
        if (side === 'mock') processes.push(timed.processMs)
      }
    }
    return [
      {
        id: 'import-node',
        what: 'importing `talk-call-mock/node` in a fresh process (built bundle)',
        comparedWith: 'importing `msw/node` alone',
        value: round(median(mock) / median(msw), 3),
        unit: 'ratio',
        goal: { max: 1.5 },
        details: {
          baselineUs: round(median(msw) * 1000, 0),
          subjectUs: round(median(mock) * 1000, 0),
          mockProcessMs: round(median(processes)),
          rounds,
        },
      },
    ]
  },
}

async function buildNodeRuntime(context: BenchContext): Promise<string> {
  const { build } = await import('vite')
  await build({
    root: context.root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'src/runtimes/node.ts',
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: BUNDLE } },
    },
  })
  return join(context.root, OUT_DIR, BUNDLE)
}
