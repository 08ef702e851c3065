import { defineConfig } from 'vite'

/**
 * Builds the benchmark into one Node ES module (`dist/bench/run.js`), leaving the packages in
 * node_modules external, so the code measured runs as plain JavaScript without a loader.
 * @example
 * // npx vite build --config bench/vite.config.ts && node dist/bench/run.js --quick
 */
export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'bench/run.ts',
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    // As the package ships it: Node resolves `#msw-http` (package.json `imports`) to dist/lib.
    rolldownOptions: { external: ['#msw-http'] },
  },
})
