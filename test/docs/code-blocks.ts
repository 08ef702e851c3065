import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * A TypeScript code block of the documentation: where it is (file and line of its fence), where it
 * runs (`node` for ```ts, `browser` for ```ts browser), and its code.
 * @example
 * const block: CodeBlock = { file: 'README.md', line: 68, runs: 'node', code: "import ..." }
 */
export interface CodeBlock {
  file: string
  line: number
  runs: 'node' | 'browser'
  code: string
}

const TYPESCRIPT = new Set(['ts', 'typescript'])
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/

/**
 * The TypeScript blocks of one Markdown text that run: ```ts and ```typescript in Node, with
 * `browser` in Chromium; `no-run` blocks and other languages are left out here, not skipped later.
 * @example
 * extractCodeBlocks('README.md', readFileSync('README.md', 'utf8'))
 */
export function extractCodeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n')
  const blocks: CodeBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!)
    if (!open) continue
    const [, indent, fence, language, rest] = open as unknown as [string, string, string, string, string]
    // Closed by a fence of the same character, at least as long, with nothing after it.
    const end = lines.findIndex(
      (line, at) => at > index && new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(line),
    )
    const close = end === -1 ? lines.length : end
    const tags = rest.trim().split(/\s+/).filter(Boolean)
    if (TYPESCRIPT.has(language) && !tags.includes('no-run')) {
      const code = lines
        .slice(index + 1, close)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      blocks.push({ file, line: index + 1, runs: tags.includes('browser') ? 'browser' : 'node', code: code.join('\n') })
    }
    index = close
  }
  return blocks
}

// TypeDoc's pages (docs/reference/api, generated, not in git) carry the JSDoc `@example`s, which are
// fragments by design: they are type-checked where they are written, not run.
const NOT_RUN = new Set(['docs/reference/api'])

/**
 * The blocks of the README and of every page of the site (docs/**.md, but TypeDoc's API pages).
 * @example
 * findCodeBlocks('/work/repo').filter((block) => block.runs === 'node')
 */
export function findCodeBlocks(root: string): CodeBlock[] {
  const pages = [join(root, 'README.md'), ...markdownUnder(join(root, 'docs'), root)]
  return pages.flatMap((page) => extractCodeBlocks(relative(root, page), readFileSync(page, 'utf8')))
}

function markdownUnder(folder: string, root: string): string[] {
  if (NOT_RUN.has(relative(root, folder))) return []
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => !(entry.isDirectory() && (entry.name === 'node_modules' || entry.name.startsWith('.'))))
    .flatMap((entry) =>
      entry.isDirectory()
        ? markdownUnder(join(folder, entry.name), root)
        : entry.name.endsWith('.md')
          ? [join(folder, entry.name)]
          : [],
    )
    .sort()
}
