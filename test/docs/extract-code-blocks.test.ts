import { expect, it } from 'vitest'
import { extractCodeBlocks } from './code-blocks.js'

const page = [
  '# A page', // 1
  '```ts', // 2
  "console.log('node')",
  '```',
  '```ts browser', // 5
  "console.log('browser')",
  '```',
  '```ts no-run', // 8
  '// needs a Storybook app',
  '```',
  '```sh', // 11
  'npm install talk-call-mock',
  '```',
  '- a list item:', // 14
  '',
  '  ```typescript', // 16
  '  const nested = 1',
  '  ```',
  '````ts', // 19
  '```',
  '````',
].join('\n')

it('keeps the TypeScript blocks that run, with the line of their fence and where they run', () => {
  expect(extractCodeBlocks('page.md', page)).toEqual([
    { file: 'page.md', line: 2, runs: 'node', code: "console.log('node')" },
    { file: 'page.md', line: 5, runs: 'browser', code: "console.log('browser')" },
    { file: 'page.md', line: 16, runs: 'node', code: 'const nested = 1' },
    { file: 'page.md', line: 19, runs: 'node', code: '```' },
  ])
})

it('leaves out no-run blocks and other languages at extraction, so they are no tests at all', () => {
  const code = extractCodeBlocks('page.md', page).map((block) => block.code)
  expect(code.join('\n')).not.toContain('Storybook')
  expect(code.join('\n')).not.toContain('npm install')
})
