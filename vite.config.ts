import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

const repo = fileURLToPath(new URL('.', import.meta.url))
const nodeTests = ['src/**/*.test.ts', 'scenarios/**/*.test.ts', 'test/**/*.test.ts']
const SOURCE_CONDITION = 'talk-call-mock-source'
const browserTests = ['**/*.browser.test.ts']

// `npm run dev` serves the playground (src/playground) with MSW's worker script from public/.
export default defineConfig({
  root: fileURLToPath(new URL('src/playground', import.meta.url)),
  publicDir: fileURLToPath(new URL('public', import.meta.url)),
  server: { port: 5173 },
  // The repo runs its sources: `#msw-http` (package.json `imports`) resolves to src/ here, to dist/ in the package.
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  // Listed up front, so the first page load never stops to optimise them and reload.
  optimizeDeps: { include: ['msw', 'msw/browser', '@msw/data', 'zod', '@faker-js/faker/locale/en'] },
  test: {
    projects: [
      {
        test: {
          name: 'node',
          root: repo,
          include: nodeTests,
          exclude: [...browserTests, 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'browser',
          root: repo,
          include: browserTests.map((pattern) => `test/${pattern}`),
          exclude: ['node_modules/**'],
          // One Vite server and one Chromium per file; files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
