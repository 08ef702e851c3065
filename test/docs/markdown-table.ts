/**
 * A Markdown table of rows of cells; `|` in a cell is escaped so it stays one cell.
 * @example
 * markdownTable(['Kind', 'Fields'], [['`join`', '`actor`, `flags`']])
 */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => escapeOutsideCode(cell).replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * The page a generator writes: a title, a line saying where it comes from, and its body.
 * @example
 * generatedPage('Endpoints', 'the header each file of src/endpoints opens with', table)
 */
export function generatedPage(title: string, source: string, body: string): string {
  return `# ${title}\n\n<!-- Generated from ${source} by test/docs/reference-pages.test.ts: run \`npx vitest run test/docs -u\` after changing it. -->\n\n${body}\n`
}

/**
 * Escapes `<` and `>` outside code spans: VitePress compiles a page as a Vue template, where
 * `<token>` would open an element.
 * @example
 * escapeOutsideCode('/call/<token> and `<token>`') // '/call/&lt;token&gt; and `<token>`'
 */
export function escapeOutsideCode(text: string): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 0 ? part.replace(/</g, '&lt;').replace(/>/g, '&gt;') : part))
    .join('`')
}
