import { setImmediate } from 'node:timers/promises'
import { createTalkMock } from '../../src/index.js'
import { CROWDED_PEERS } from '../../scenarios/crowded-call.js'
import { runChild } from '../harness/child.js'
import { median } from '../harness/interleave.js'
import { round } from '../harness/figures.js'
import type { BenchRow } from '../harness/row.js'

interface HeapFound {
  emptyMockBytes: number
  crowdedBytes: number[]
}

/**
 * The heap a `crowded-call` world takes beyond an empty mock's, per peer, measured in a fresh
 * process with forced garbage collections.
 * @example
 * const [figure] = await heapRow.run(context)
 */
export const heapRow: BenchRow = {
  id: 'heap',
  title: 'Heap of crowded-call',
  async run(context) {
    const found = await runChild<HeapFound>(context.script, 'heap', ['--expose-gc'])
    const crowdedBytes = median(found.crowdedBytes)
    return [
      {
        id: 'heap-crowded-call',
        what: `heap after applying \`crowded-call\` (${CROWDED_PEERS} peers)`,
        comparedWith: 'heap of an empty mock',
        value: round(crowdedBytes / CROWDED_PEERS / 1024, 2),
        unit: 'KB/peer',
        details: {
          crowdedKB: round(crowdedBytes / 1024),
          emptyMockKB: round(found.emptyMockBytes / 1024),
          samples: found.crowdedBytes.length,
        },
      },
    ]
  },
}

/**
 * The child side of `heapRow` (`--child heap`, needs `--expose-gc`): an empty mock's heap, then
 * what switching it to `crowded-call` adds, five times.
 * @example
 * const found = await measureHeap()
 */
export async function measureHeap(): Promise<HeapFound> {
  const before = await settledHeap()
  const mock = createTalkMock({ scenario: 'empty' })
  await mock.ready
  const emptyMockBytes = (await settledHeap()) - before
  const crowdedBytes: number[] = []
  for (let sample = 0; sample < 5; sample++) {
    await mock.useScenario('empty')
    const empty = await settledHeap()
    await mock.useScenario('crowded-call')
    crowdedBytes.push((await settledHeap()) - empty)
  }
  return { emptyMockBytes, crowdedBytes }
}

async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('Run the heap measurement with --expose-gc.')
  for (let pass = 0; pass < 3; pass++) {
    await setImmediate()
    gc()
  }
  return process.memoryUsage().heapUsed
}
