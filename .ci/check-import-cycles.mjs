/* global URL, console, process */
// Fails on any import cycle in src/, scenarios/ and bench/: between files, and between the
// folders that hold them (each package entry counts as a folder of its own). Type imports count (`import type`, `export type ... from`): a type two
// files need both ways belongs in a third. Run by `npm run lint`.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(dirname(new URL(import.meta.url).pathname), '..')
const folders = ['src', 'scenarios', 'bench']

/** Every TypeScript file under a folder (not its `results/` or `node_modules/`). */
function listFiles(folder) {
  const found = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'results') found.push(...listFiles(path))
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path)
  }
  return found
}

/** The project file a relative specifier names (`./x.js` is `./x.ts`), or undefined. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined
  const base = resolve(dirname(from), specifier)
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, join(base, 'index.ts')]
  return candidates.find((path) => existsSync(path) && statSync(path).isFile())
}

const files = folders.flatMap((folder) => (existsSync(join(root, folder)) ? listFiles(join(root, folder)) : []))
const fileEdges = new Map()
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  const targets = new Set()
  for (const { fileName } of importedFiles) {
    const target = resolveImport(file, fileName)
    if (target && target !== file) targets.add(target)
  }
  fileEdges.set(file, targets)
}

// The package's entries (package.json `exports`: src/index.ts, src/runtimes/node.ts, ...) sit
// above every folder, their own beside them: an entry may gather a folder and the folders that
// import that folder's neighbours (the index the scenarios, the scenarios src/constants.ts).
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const entries = new Set(
  Object.values(packageJson.exports)
    .map((target) => (typeof target === 'object' ? target.types : undefined))
    .filter((types) => typeof types === 'string' && types.startsWith('./dist/types/'))
    .map((types) => join(root, types.replace('./dist/types/', '').replace(/\.d\.ts$/, '.ts'))),
)
const folderOf = (file) => (entries.has(file) ? file : dirname(file))
const folderEdges = new Map()
for (const [file, targets] of fileEdges) {
  const from = folderOf(file)
  if (!folderEdges.has(from)) folderEdges.set(from, new Set())
  for (const target of targets) if (folderOf(target) !== from) folderEdges.get(from).add(folderOf(target))
}

/** The strongly connected components of more than one node (Tarjan): each is a cycle. */
function findCycles(edges) {
  let index = 0
  const indexes = new Map()
  const lows = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  const visit = (node) => {
    indexes.set(node, index)
    lows.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!indexes.has(next)) {
        visit(next)
        lows.set(node, Math.min(lows.get(node), lows.get(next)))
      } else if (onStack.has(next)) lows.set(node, Math.min(lows.get(node), indexes.get(next)))
    }
    if (lows.get(node) === indexes.get(node)) {
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) cycles.push(component.map((path) => relative(root, path) || '.').sort())
    }
  }
  for (const node of edges.keys()) if (!indexes.has(node)) visit(node)
  return cycles
}

// Known folder cycles still to break (each a listed debt, not a licence), named by two folders
// in them: src/world <-> src/timeline (world.ts holds the timeline's events, while the timeline
// runs on the world; the folders that both reach join that circle), and scenarios <-> src/mock
// (talk-mock-types.ts takes its default scenario names, `ScenarioName`, from scenarios/index.ts).
// Any other cycle fails.
const KNOWN = [
  ['src/world', 'src/timeline'],
  ['scenarios', 'src/mock'],
]
const isKnown = (cycle) => KNOWN.some((pair) => pair.every((folder) => cycle.split(' <-> ').includes(folder)))

const fileCycles = findCycles(fileEdges).map((cycle) => cycle.join(' <-> '))
const folderCycles = findCycles(folderEdges).map((cycle) => cycle.join(' <-> '))
const known = folderCycles.filter(isKnown)
const fresh = folderCycles.filter((cycle) => !isKnown(cycle))
for (const cycle of known) console.warn(`Known import cycle between folders (to break): ${cycle}`)
for (const pair of KNOWN)
  if (!known.some((cycle) => pair.every((folder) => cycle.split(' <-> ').includes(folder))))
    console.warn(`No longer a cycle, drop it from KNOWN: ${pair.join(' <-> ')}`)
for (const cycle of fresh) console.error(`Import cycle between folders: ${cycle}`)
for (const cycle of fileCycles) console.error(`Import cycle between files: ${cycle}`)
if (fileCycles.length + fresh.length > 0) {
  console.error(
    `${fresh.length} folder and ${fileCycles.length} file import cycles (type imports count): ` +
      'move what both sides need into a third file.',
  )
  process.exit(1)
}
