import type { BenchRow } from '../harness/row.js'
import { browserBundleRow } from './browser-bundle.js'
import { browserLoadRow } from './browser-load.js'
import { getCallRow } from './get-call.js'
import { growthRow } from './growth.js'
import { heapRow } from './heap.js'
import { importNodeRow } from './import-node.js'
import { joinLeaveRow } from './join-leave.js'
import { loadRow } from './load.js'
import { packageSizeRow } from './package-size.js'
import { serverRow } from './server.js'
import { timelineRow } from './timeline.js'
import { worldBuildRow } from './world-build.js'

/**
 * Every measurement `npm run bench` runs, in the order of the table. A row whose runtime is
 * not in the checkout says so and is skipped.
 * @example
 * for (const row of rows) figures.push(...(await row.run(context)))
 */
export const rows: readonly BenchRow[] = [
  getCallRow,
  timelineRow,
  joinLeaveRow,
  worldBuildRow,
  importNodeRow,
  browserBundleRow,
  browserLoadRow,
  serverRow,
  loadRow,
  heapRow,
  growthRow,
  packageSizeRow,
]
