import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Makes the repo's code and tests import `msw` (and its subpaths) from `dir`'s node_modules
 * instead of the repo's: how `npm run test:msw3` runs the suites on msw 3 while the repo's lock
 * file stays on msw 2. A subpath that msw lacks fails as it would in Node (no fallback to the
 * repo's msw). The dev server then serves that msw's worker script as `/mockServiceWorker.js`
 * (what `npx msw init` writes for an app on it) instead of the repo's public/ copy.
 * @example
 * plugins: [mswFrom('test/fixtures/msw-3')]
 */
export function mswFrom(dir: string): Plugin {
  const anchor = join(resolve(dir), 'package.json')
  return {
    name: 'talk-mock:msw-from',
    enforce: 'pre',
    // The dep optimizer resolves on its own, from the repo's node_modules (msw 2): msw is served
    // unbundled instead, through `resolveId` below.
    config(config) {
      const optimize = (config.optimizeDeps ??= {})
      optimize.include = (optimize.include ?? []).filter((name) => !/^msw(\/|$)/.test(name))
      optimize.exclude = [...(optimize.exclude ?? []), 'msw', 'msw/browser']
    },
    configureServer(server) {
      const worker = readFileSync(join(resolve(dir), 'node_modules/msw/lib/mockServiceWorker.js'))
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('content-type', 'text/javascript')
        response.end(worker)
      })
    },
    async resolveId(source, importer, options) {
      if (!/^msw(\/|$)/.test(source) || importer?.includes('/node_modules/')) return null
      const resolved = await this.resolve(source, anchor, { ...options, skipSelf: true })
      if (resolved) return resolved
      throw Object.assign(new Error(`Package subpath '${source}' is not exported by the msw in ${dir}`), {
        code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
      })
    },
  }
}
