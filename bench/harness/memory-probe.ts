import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// Loaded into the server with `--import` (and `--expose-gc`): on SIGUSR2 it collects the
// garbage and appends the process's memory to a file. Nothing runs between signals.
const PROBE = `
import { appendFileSync } from 'node:fs'
process.on('SIGUSR2', () => {
  globalThis.gc?.()
  globalThis.gc?.() // what the first one's finalizers let go
  const { rss, heapUsed } = process.memoryUsage()
  appendFileSync(process.env.BENCH_MEMORY_FILE, JSON.stringify({ rss, heapUsed }) + '\\n')
})
`

/**
 * One memory sample of a server: resident set and heap after a full collection, in bytes.
 * @example
 * const { rss, heapUsed } = await probe.sample(server.pid)
 */
export interface MemorySample {
  rss: number
  heapUsed: number
}

/**
 * Writes the probe into `dir` and returns the Node options and environment that load it into
 * a server, and `sample(pid)`, which signals that server and reads what it wrote.
 * @example
 * const probe = await createMemoryProbe(dir); const server = await startServerProcess([...probe.nodeOptions, cli], probe.env)
 */
export async function createMemoryProbe(dir: string): Promise<{
  nodeOptions: string[]
  env: Record<string, string>
  sample(pid: number): Promise<MemorySample>
}> {
  const script = join(dir, 'memory-probe.mjs')
  const file = join(dir, 'memory-samples.jsonl')
  await writeFile(script, PROBE)
  appendFileSync(file, '')
  const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])
  return {
    nodeOptions: ['--expose-gc', '--import', pathToFileURL(script).href],
    env: { BENCH_MEMORY_FILE: file },
    async sample(pid) {
      const before = lines().length
      process.kill(pid, 'SIGUSR2')
      const deadline = performance.now() + 10_000
      while (lines().length === before) {
        if (performance.now() > deadline) throw new Error(`the server (pid ${pid}) wrote no memory sample`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return JSON.parse(lines()[before]!) as MemorySample
    },
  }
}
