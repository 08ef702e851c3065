import { readFileSync } from 'node:fs'
import { HELP } from '../../src/runtimes/cli/help.js'
import { generatedPage, markdownTable } from './markdown-table.js'

/**
 * The command line reference: the options `talk-call-mock --help` prints (the parser's own help),
 * as a table, and the help itself.
 * @example
 * const page = renderCli()
 */
export function renderCli(): string {
  const rows: string[][] = []
  for (const line of HELP.split('\n')) {
    const option = /^ {2}(-\S+(?:, --\S+)?(?: <[^>]+>)?)\s{2,}(.*)$/.exec(line)
    if (option) rows.push([`\`${option[1]!}\``, option[2]!])
    else if (/^ {10,}\S/.test(line) && rows.length > 0) rows[rows.length - 1]![1] += ` ${line.trim()}`
  }
  // The parser is the truth: every option it reads must be in the help, and so on this page.
  const parser = readFileSync(new URL('../../src/runtimes/cli/parse-cli-options.ts', import.meta.url), 'utf8')
  for (const [, name] of parser.matchAll(/^ {8}(\w+): \{ type: '(?:string|boolean)'/gm)) {
    if (!rows.some(([option]) => option!.includes(`--${name!}`)))
      throw new Error(`--${name!} is read but not in the help`)
  }
  const body = [
    '`npx talk-call-mock serve` starts the [standalone server](../guide/standalone-server.md).',
    '',
    markdownTable(['Option', 'What it does'], rows),
    '',
    'What `npx talk-call-mock --help` prints:',
    '',
    '```text',
    HELP,
    '```',
  ].join('\n')
  return generatedPage('Command line', 'the CLI’s help (src/runtimes/cli/help.ts)', body)
}
