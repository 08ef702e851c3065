// The entry of `npm run bench`: runs every measurement of the registry (or `--only a,b`), prints
// the table and writes it as JSON to bench/results/. `--quick` is the short CI run; `--peers`
// runs the server row (unless `--only` names others) with the mock servers people use instead;
// `--child <name>` is how a measurement runs part of itself in a fresh process.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { children } from './children.js'
import { createReport, formatTable, writeReport } from './harness/report.js'
import type { BenchContext, Figure } from './harness/row.js'
import { rows } from './rows/index.js'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
    only: { type: 'string' },
    child: { type: 'string' },
  },
})

const script = fileURLToPath(import.meta.url)
const root = resolve(dirname(script), '../..')
if (values.child !== undefined) {
  const child = children[values.child]
  if (!child) throw new Error(`No child measurement "${values.child}"; known: ${Object.keys(children).join(', ')}`)
  process.stdout.write(`${JSON.stringify(await child())}\n`)
} else {
  const only = values.only?.split(',') ?? (values.peers ? ['server'] : undefined)
  const selected = rows.filter((row) => !only || only.includes(row.id))
  const context: BenchContext = {
    quick: values.quick,
    peers: values.peers,
    script,
    root,
    log: (message) => process.stderr.write(`  … ${message}\n`),
  }
  const figures: Figure[] = []
  const errors: Array<{ row: string; message: string }> = []
  const skipped: Array<{ row: string; reason: string }> = []
  const started = performance.now()
  for (const row of selected) {
    process.stderr.write(`${row.title}\n`)
    const reason = row.unavailable?.(context)
    if (reason !== undefined) {
      skipped.push({ row: row.id, reason })
      continue
    }
    try {
      figures.push(...(await row.run(context)))
    } catch (error) {
      errors.push({ row: row.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    }
  }
  const report = createReport(figures, { quick: values.quick, errors, skipped })
  const path = writeReport(report, join(root, 'bench/results'))
  process.stdout.write(
    `\n${formatTable(report)}\n\nWritten to ${path} in ${Math.round((performance.now() - started) / 1000)} s.\n`,
  )
  if (errors.length > 0) process.exitCode = 1
}
