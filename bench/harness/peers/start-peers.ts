import { createServer } from 'node:net'
import type { Answer } from '../floor-servers.js'
import type { CpuPlan } from '../pinning.js'
import type { Contender } from '../rounds.js'
import type { BenchContext } from '../row.js'
import type { ServerProcess } from '../server-process.js'
import { installPeers } from './install-peers.js'
import { PEER_SERVERS } from './peer-servers.js'

/**
 * Installs the peers (see `installPeers`), starts each on a free port, pinned as the mock is,
 * checks that it answers the benchmark's request with 200, and returns them as contenders;
 * each started process is pushed to `started` at once, so the caller stops it whatever happens.
 * @example
 * contenders.push(...(await startPeers(context, answer, plan, headers, started)))
 */
export async function startPeers(
  context: BenchContext,
  answer: Answer,
  plan: CpuPlan,
  headers: Record<string, string>,
  started: ServerProcess[],
): Promise<Contender[]> {
  const dir = await installPeers(context.log)
  const contenders: Contender[] = []
  for (const peer of PEER_SERVERS) {
    context.log(`starting ${peer.label}`)
    const server = await peer.start({ dir, answer, port: await freePort(), prefix: plan.server, root: context.root })
    started.push(server)
    const found = await fetch(`${server.url}${answer.path}`, { headers })
    const body = await found.text()
    if (found.status !== 200) throw new Error(`${peer.id} answered ${found.status}: ${body.slice(0, 200)}`)
    const bytes = Buffer.byteLength(body)
    context.log(`${peer.id} answers ${bytes} bytes (the mock ${Buffer.byteLength(answer.body)})`)
    const warmUpSeconds = context.quick ? Math.min(peer.warmUpSeconds, 5) : peer.warmUpSeconds
    contenders.push({ id: peer.id, label: peer.label, server, warmUpSeconds, bytes })
  }
  return contenders
}

/** A TCP port nothing listens on now (the system's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
