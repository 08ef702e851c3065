import { readFileSync } from 'node:fs'

/**
 * The package's entries (`talk-call-mock`, `talk-call-mock/node`, ...) mapped to the sources they
 * are built from, read from package.json's `exports` (their types point at the source file), so
 * the documentation's examples import this repository's code, as a user's app imports the package.
 * @example
 * resolve: { alias: packageAliases(repo) } // 'talk-call-mock/node' -> `${repo}src/runtimes/node.ts`
 */
export function packageAliases(repo: string): { find: RegExp; replacement: string }[] {
  const pkg = JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as {
    name: string
    exports: Record<string, string | { types?: string }>
  }
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const types = typeof target === 'object' ? target.types : undefined
    const source = types?.match(/^\.\/dist\/types\/(.+)\.d\.ts$/)?.[1]
    if (!source) return []
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`
    // Exact: `talk-call-mock` must not catch `talk-call-mock/node`.
    return [{ find: new RegExp(`^${specifier.replace(/[/.-]/g, '\\$&')}$`), replacement: `${repo}${source}.ts` }]
  })
}
