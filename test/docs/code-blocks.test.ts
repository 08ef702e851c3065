import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findCodeBlocks, type CodeBlock } from './code-blocks.js'

// Runs every ```ts block of the README and the site in Node (conventions: docs/contributing/code-blocks.md).
// Each is written to a file inside the repository, so its imports resolve as an app's would:
// `talk-call-mock/...` to src/ (vite.config.ts's aliases), `msw` and `vitest` to the repository's own.
const repo = fileURLToPath(new URL('../../', import.meta.url))
const folder = `${repo}test-output/code-blocks/`
const blocks = findCodeBlocks(repo)
const nodeBlocks = blocks.filter((block) => block.runs === 'node')

rmSync(folder, { recursive: true, force: true })
mkdirSync(folder, { recursive: true })

/** Writes the block to its own module, named after where it is, and returns its path. */
function writeBlock(block: CodeBlock): string {
  const path = `${folder}${block.file.replace(/[/.]/g, '-')}-${block.line}.ts`
  writeFileSync(path, `${block.code}\n`)
  return path
}

/** A block that imports from vitest is a test file: its tests run, and must pass. */
function isTestFile(block: CodeBlock): boolean {
  return /from ['"]vitest['"]/.test(block.code)
}

it('finds the examples: the README runs some in Node', () => {
  expect(nodeBlocks.some((block) => block.file === 'README.md')).toBe(true)
})

for (const block of nodeBlocks) {
  const name = `${block.file}:${block.line}`
  const path = writeBlock(block)
  if (isTestFile(block)) {
    // Its `it`s are collected into this suite as the module is imported.
    describe(name, async () => {
      await import(/* @vite-ignore */ path)
    })
  } else {
    it(`${name} runs without an error`, async () => {
      await import(/* @vite-ignore */ path)
    })
  }
}
