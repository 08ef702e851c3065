import { join } from 'node:path'
import type { BenchContext } from './row.js'

/**
 * Builds a TypeScript entry of the project into one ES module for Node with vite (SSR build,
 * node20, not minified), its dependencies left external; returns the built file's path. Vite is
 * loaded only when a row needs it.
 * @example
 * const cli = await buildNodeEntry(context, { entry: 'src/runtimes/cli.ts', outDir: 'dist/bench/server', fileName: 'cli.js' })
 */
export async function buildNodeEntry(
  context: BenchContext,
  options: { entry: string; outDir: string; fileName: string },
): Promise<string> {
  const { build } = await import('vite')
  await build({
    root: context.root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: options.entry,
      outDir: options.outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: options.fileName } },
    },
  })
  return join(context.root, options.outDir, options.fileName)
}
