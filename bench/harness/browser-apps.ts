import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchContext } from './row.js'

/** Where the generated apps and their builds live. */
export const APPS_DIR = 'dist/bench/browser'
/** `talk-call-mock/browser` as the package ships it (`npm run build`, which `npm run bench` runs first). */
export const BROWSER_RUNTIME = 'dist/lib/browser.js'

/**
 * Files a production build emitted (besides index.html), with their raw and gzip sizes.
 * @example
 * const { gzipBytes } = await buildApp(context, 'plain', "document.body.textContent = 'Talk'")
 */
export interface BuiltApp {
  dir: string
  files: Array<{ name: string; bytes: number; gzipBytes: number; initial: boolean }>
  bytes: number
  gzipBytes: number
  /** What the page loads before its code runs: the entry chunk and what it imports statically. */
  initialBytes: number
  initialGzipBytes: number
}

/**
 * Writes a one-page app (`index.html` loading `main.js` with `code`) and builds it with vite
 * for production (its defaults: minified, tree-shaken), `talk-call-mock/browser` resolving to
 * the runtime as the package ships it. Sizes count every file of the build but index.html, and apart the
 * initial ones (chunks reached from the entry by static imports; dynamic imports load on
 * demand); gzip is zlib's default level.
 * @example
 * const app = await buildApp(context, 'with-mock', "import { startTalkMock } from 'talk-call-mock/browser'\nawait startTalkMock()")
 */
export async function buildApp(context: BenchContext, name: string, code: string): Promise<BuiltApp> {
  const dir = join(context.root, APPS_DIR, name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html>\n<html><head><meta charset="utf-8"><title>bench</title></head>' +
      '<body><script type="module" src="./main.js"></script></body></html>\n',
  )
  await writeFile(join(dir, 'main.js'), `${code}\n`)
  const { build } = await import('vite')
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { 'talk-call-mock/browser': join(context.root, BROWSER_RUNTIME) } },
    build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  })
  const initial = initialChunks(output as BuildOutput)
  const files: BuiltApp['files'] = []
  for (const file of await listFiles(join(dir, 'dist'))) {
    if (file.endsWith('index.html')) continue
    const content = await readFile(join(dir, 'dist', file))
    files.push({ name: file, bytes: content.length, gzipBytes: gzipSync(content).length, initial: initial.has(file) })
  }
  const sum = (key: 'bytes' | 'gzipBytes', only = (_: BuiltApp['files'][number]) => true) =>
    files.filter(only).reduce((total, file) => total + file[key], 0)
  const isInitial = (file: BuiltApp['files'][number]) => file.initial
  return {
    dir: join(dir, 'dist'),
    files,
    bytes: sum('bytes'),
    gzipBytes: sum('gzipBytes'),
    initialBytes: sum('bytes', isInitial),
    initialGzipBytes: sum('gzipBytes', isInitial),
  }
}

type Chunk = { type: string; fileName: string; isEntry?: boolean; imports?: string[] }
type BuildOutput = { output: Chunk[] } | Array<{ output: Chunk[] }>

/** File names of the entry chunks and every chunk they import statically, transitively. */
function initialChunks(result: BuildOutput): Set<string> {
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output)
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const initial = new Set<string>()
  const visit = (name: string) => {
    if (initial.has(name)) return
    initial.add(name)
    for (const imported of byName.get(name)?.imports ?? []) visit(imported)
  }
  for (const chunk of chunks) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName)
  return initial
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) names.push(...(await listFiles(join(dir, entry.name), name)))
    else names.push(name)
  }
  return names
}

/** Where the page asks for the call, and how: as the web client does. */
const CALL = "'/ocs/v2.php/apps/spreed/api/v4/call/groupcall'"
const ASK_FOR_CALL = `
const response = await fetch(${CALL}, { headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' } })
const body = await response.text()
window.__benchAnswered = performance.now()
window.__benchBody = body
document.body.textContent = JSON.parse(body).ocs.data.length + ' peers in the call'`

/**
 * The apps the browser rows build: a call page served by the mock (`default` scenario, on a
 * still clock so that its answer is byte for byte the one the static handler sends), the
 * same page with a plain msw worker and one static handler answering `body`, and an app that
 * loads the mock only under `import.meta.env.DEV` beside the same app without it.
 * @example
 * const code = appSources(answer).withMock
 */
export function appSources(body: string) {
  return {
    withMock: `import { startTalkMock } from 'talk-call-mock/browser'
await startTalkMock({ scenario: 'default', persist: false, quiet: true, clock: 'still' })
${ASK_FOR_CALL}`,
    withMsw: `import { setupWorker } from 'msw/browser'
import { http } from 'msw'
const answer = ${JSON.stringify(body)}
const headers = { 'content-type': 'application/json; charset=utf-8' }
const worker = setupWorker(http.get(${CALL}, () => new Response(answer, { headers })))
await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } })
${ASK_FOR_CALL}`,
    devOnly: `if (import.meta.env.DEV) {
  const { startTalkMock } = await import('talk-call-mock/browser')
  await startTalkMock({ scenario: 'default' })
}
document.body.textContent = 'Talk call'`,
    plain: `document.body.textContent = 'Talk call'`,
  }
}
