import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchRow, Figure } from '../harness/row.js'

interface PackResult {
  size: number
  unpackedSize: number
  entryCount: number
}

/** Bytes of every file under a folder. */
function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)
}

/**
 * Bytes the package's dependencies put into a user's node_modules, beside the app's own msw: each
 * dependency and, in turn, its dependencies, as installed in the project's node_modules.
 */
function dependencyBytes(root: string): { bytes: number; names: string[] } {
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency)
  }
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  for (const name of Object.keys(own.dependencies)) visit(name)
  const names = [...seen]
  return { bytes: names.reduce((sum, name) => sum + folderBytes(join(root, 'node_modules', name)), 0), names }
}

/**
 * The package as npm ships it (`npm pack --dry-run`, after the bench's build): packed and
 * unpacked size and file count, and what `npm i talk-call-mock msw` adds to node_modules beyond
 * msw (the tarball plus its dependencies). `npm run test:package` installs the real tarball.
 * @example
 * const figures = await packageSizeRow.run(context)
 */
export const packageSizeRow: BenchRow = {
  id: 'package-size',
  title: 'The package tarball and what it installs',
  async run(context) {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--silent'], {
      cwd: context.root,
      encoding: 'utf8',
    })
    const [pack] = JSON.parse(out) as PackResult[]
    if (!pack) throw new Error('npm pack --dry-run printed no package')
    const dependencies = dependencyBytes(context.root)
    const budget = 'the budget'
    const figures: Figure[] = [
      {
        id: 'package-packed',
        what: 'the tarball npm publishes (packed, `npm pack --dry-run`)',
        comparedWith: budget,
        value: Math.round(pack.size / 1024),
        unit: 'KB',
        goal: { max: 250 },
        details: { bytes: pack.size },
      },
      {
        id: 'package-unpacked',
        what: 'the same, unpacked',
        comparedWith: budget,
        value: Math.round(pack.unpackedSize / 1024),
        unit: 'KB',
        goal: { max: 900 },
        details: { bytes: pack.unpackedSize },
      },
      {
        id: 'package-files',
        what: 'files in the tarball',
        comparedWith: budget,
        value: pack.entryCount,
        unit: 'count',
        goal: { max: 200 },
        details: {},
      },
      {
        id: 'package-installed',
        what: '`npm i talk-call-mock msw` adds to node_modules beyond msw (unpacked tarball and its dependencies)',
        comparedWith: budget,
        value: Math.round((pack.unpackedSize + dependencies.bytes) / 1024),
        unit: 'KB',
        goal: { max: 16_000 },
        details: { dependencyBytes: dependencies.bytes, dependencies: dependencies.names.join(', ') },
      },
    ]
    return figures
  },
}
