import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { meetsGoal, type Figure } from './row.js'

/**
 * What a run found, as written to `bench/results/`: when and where it ran, each figure with
 * its goal and whether it met it, and the measurements that failed to run.
 * @example
 * const report = createReport(figures, { quick: true, errors: [] })
 */
export interface Report {
  date: string
  quick: boolean
  node: string
  cpu: string
  cores: number
  figures: Array<Figure & { pass: boolean | null }>
  errors: Array<{ row: string; message: string }>
  /** Rows left out because what they measure is not in this checkout. */
  skipped: Array<{ row: string; reason: string }>
}

/**
 * Collects the figures of a run with the facts that make them comparable.
 * @example
 * const report = createReport(figures, { quick: false, errors })
 */
export function createReport(
  figures: Figure[],
  options: { quick: boolean; errors: Report['errors']; skipped: Report['skipped'] },
): Report {
  return {
    date: new Date().toISOString(),
    quick: options.quick,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    figures: figures.map((figure) => ({ ...figure, pass: meetsGoal(figure) ?? null })),
    errors: options.errors,
    skipped: options.skipped,
  }
}

/**
 * The report as a Markdown table (what docs/performance.md shows).
 * @example
 * console.log(formatTable(report))
 */
export function formatTable(report: Report): string {
  const lines = [
    '| What | Compared with (same run) | Figure | Goal | Result |',
    '| --- | --- | --- | --- | --- |',
    ...report.figures.map((figure) =>
      [
        figure.what,
        figure.comparedWith,
        formatFigure(figure),
        formatGoal(figure),
        figure.pass === null ? 'report' : figure.pass ? 'pass' : '**FAIL**',
      ].join(' | '),
    ),
  ]
  const mode = report.quick ? 'quick mode' : 'full run'
  const header = `${mode}, ${report.date.slice(0, 10)}, Node ${report.node}, ${report.cores} × ${report.cpu}`
  const notes = [
    ...report.skipped.map((skip) => `Skipped ${skip.row}: ${skip.reason}`),
    ...report.errors.map((error) => `ERROR in ${error.row}: ${error.message}`),
  ]
  return [header, '', ...lines.map((line) => (line.startsWith('|') ? line : `| ${line} |`)), ...notes].join('\n')
}

/**
 * Writes the report to `<dir>/<date>[-quick].json` and `<dir>/latest.json`; returns the first path.
 * @example
 * const path = writeReport(report, 'bench/results')
 */
export function writeReport(report: Report, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const json = `${JSON.stringify(report, null, 2)}\n`
  const path = join(dir, `${report.date.replace(/[:.]/g, '-')}${report.quick ? '-quick' : ''}.json`)
  writeFileSync(path, json)
  writeFileSync(join(dir, 'latest.json'), json)
  return path
}

function formatFigure(figure: Figure): string {
  const { details } = figure
  if (figure.unit === 'ratio' && typeof details.baselineUs === 'number') {
    return `${figure.value.toFixed(2)} (${formatUs(details.subjectUs)} vs ${formatUs(details.baselineUs)})`
  }
  if (figure.unit === 'ratio' && typeof details.baselinePerSecond === 'number') {
    return `${figure.value.toFixed(2)} (${details.mockPerSecond} vs ${details.baselinePerSecond} requests/s)`
  }
  if (figure.unit === 'ratio') return figure.value.toFixed(2)
  if (figure.unit === 'µs') return `${formatUs(figure.value)} (static ${formatUs(details.baselineUs)})`
  return `${figure.value} ${figure.unit}`
}

function formatUs(value: number | string | undefined): string {
  if (typeof value !== 'number') return '?'
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} ms` : `${Math.round(value)} µs`
}

function formatGoal(figure: Figure): string {
  const { goal } = figure
  if (!goal) return 'report'
  const unit = figure.unit === 'ratio' ? '' : ` ${figure.unit}`
  const parts = []
  if (goal.max !== undefined) parts.push(`<= ${goal.max}${unit}`)
  if (goal.min !== undefined) parts.push(`>= ${goal.min}${unit}`)
  return parts.join(', ')
}
