import { defineConfig } from 'vite'

/** The package's entries: `dist/lib/<name>.js`, and the bin `dist/lib/cli.js`. */
const entries = {
  index: 'src/index.ts',
  node: 'src/runtimes/node.ts',
  browser: 'src/runtimes/browser.ts',
  storybook: 'src/runtimes/storybook.ts',
  server: 'src/runtimes/http-server.ts',
  cli: 'src/runtimes/cli.ts',
  // `#msw-http` (package.json `imports`): msw's `http` for bundlers and for Node.
  'msw-http': 'src/msw/http.ts',
  'msw-http.node': 'src/msw/http.node.ts',
}

/**
 * Builds what the package ships (`npm run build`; the types come from `tsc -p tsconfig.build.json`):
 * one ES module per entry for Node 20 and bundlers, not minified, with the code they share in
 * `dist/lib/chunks/` so every entry sees the same world, errors and state. `@msw/data` and its
 * dependencies are bundled in and tree-shaken (es-toolkit's barrels alone cost ~700 modules on
 * import), and so is zod (its full entry loads 95 modules, 64 of them locales; bundled, only what
 * the schemas use remains). msw stays external so the mock runs on the app's own msw; faker too,
 * as it is loaded on demand (`import()`), only when a world makes up names.
 *
 * What that means for package.json: `@msw/data` is only a devDependency (bundled here, and the
 * shipped declarations never name it: `Table.collection` is `@internal`, cut by `stripInternal`).
 * `zod` stays a dependency although its code is bundled: the public types (world JSON, the
 * schemas) are zod types, and a user's `tsc` must resolve them; bundling zod's declarations
 * would ship a second copy of zod's types in our package. `@faker-js/faker` is a dependency
 * because it is loaded at run time. No source maps: they would point at `src/`, which is not
 * shipped.
 * @example
 * // npx vite build --config vite.lib.config.ts
 */
export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, external: ['msw', '@faker-js/faker'] },
  build: {
    ssr: true,
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: entries,
      // Kept as written: `#msw-http` for Node and the app's bundler to resolve through package.json
      // `imports`, and every msw subpath (`#msw-http` for Node names both majors' subpaths).
      external: ['#msw-http', /^msw\//],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
