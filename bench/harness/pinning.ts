import { execFileSync } from 'node:child_process'

/**
 * Where the servers and the load generator run: the command prefixes (`taskset -c …`) that
 * pin each to its own cores, and how many threads wrk gets; empty prefixes where the machine
 * cannot pin (one core, no `taskset`).
 * @example
 * const plan = planCpus() // { server: ['taskset', '-c', '0'], load: ['taskset', '-c', '1'], loadThreads: 1, note: 'server on CPU 0, wrk on CPU 1' }
 */
export interface CpuPlan {
  server: string[]
  load: string[]
  loadThreads: number
  note: string
}

/**
 * Splits the cores this process may use: the first for the server (a Node server uses one
 * core), the others, up to four, for wrk with one thread each. With two cores (this project's
 * machines) that is one each, so neither steals the other's time.
 * @example
 * const { server, load, loadThreads } = planCpus()
 */
export function planCpus(): CpuPlan {
  const cpus = allowedCpus()
  if (cpus.length < 2) {
    return { server: [], load: [], loadThreads: 1, note: 'not pinned (one core, or no taskset): server and wrk share' }
  }
  const [serverCpu, ...rest] = cpus
  const loadCpus = rest.slice(0, 4)
  return {
    server: ['taskset', '-c', String(serverCpu)],
    load: ['taskset', '-c', loadCpus.join(',')],
    loadThreads: loadCpus.length,
    note: `server on CPU ${serverCpu}, wrk on CPU ${loadCpus.join(',')}`,
  }
}

/** The CPUs of this process's affinity list (`taskset -pc`), or none when taskset is missing. */
function allowedCpus(): number[] {
  let output: string
  try {
    output = execFileSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' })
  } catch {
    return []
  }
  const list = /list:\s*(\S+)/.exec(output)?.[1] ?? ''
  return list.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number)
    if (from === undefined || to === undefined || !Number.isInteger(from) || !Number.isInteger(to)) return []
    return Array.from({ length: to - from + 1 }, (_, index) => from + index)
  })
}
