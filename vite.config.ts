import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'
import { mswFrom } from './test/support/msw-from.js'
import { packageAliases } from './test/support/package-aliases.js'

const repo = fileURLToPath(new URL('.', import.meta.url))
const nodeTests = ['src/**/*.test.ts', 'scenarios/**/*.test.ts', 'test/**/*.test.ts']
// `npm run test:msw3` sets it: the suites then run on that fixture's msw (see test/fixtures/msw-3).
const mswDir = process.env.TALK_MOCK_MSW_DIR
const SOURCE_CONDITION = 'talk-call-mock-source'
const browserTests = ['**/*.browser.test.ts']
// `npm run test:storybook` sets it to a fixture's static Storybook build, which the storybook project opens.
const storybookStatic = process.env.TALK_MOCK_STORYBOOK_STATIC
const storybookTests = ['test/storybook/**/*.storybook.test.ts']

// `npm run dev` serves the playground (src/playground) with MSW's worker script from public/.
export default defineConfig({
  root: fileURLToPath(new URL('src/playground', import.meta.url)),
  publicDir: fileURLToPath(new URL('public', import.meta.url)),
  server: { port: 5173 },
  plugins: mswDir ? [mswFrom(mswDir)] : [],
  // The repo runs its sources: `#msw-http` (package.json `imports`) resolves to src/ here, to dist/ in the package.
  // The documentation's examples import `talk-call-mock/...`: here that is this repository's sources.
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions], alias: packageAliases(repo) },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  // Listed up front, so the first page load never stops to optimise them and reload.
  optimizeDeps: { include: ['msw', 'msw/browser', '@msw/data', 'zod', '@faker-js/faker/locale/en'] },
  test: {
    projects: [
      {
        // Both projects take the root's resolve conditions and plugins (`extends`).
        extends: true,
        test: {
          name: 'node',
          root: repo,
          include: nodeTests,
          // One module graph for the files of a worker, imported once instead of once per file
          // (that import was most of the run). Files therefore leave no state behind: each mock,
          // server and spy of a file ends with it, and a test about module state imports anew
          // (vi.resetModules, see test/world/faker-on-demand.test.ts).
          isolate: false,
          restoreMocks: true,
          // `npm test` runs this project beside Chromium's on two cores: a few tests do real work
          // (a journal fed 1 MiB bodies, a world of 10,000 sessions, the bin spawned over sockets)
          // that takes 3 s alone and past vitest's 5 s default beside the browser. No test asserts
          // time; this only bounds how long a hung test waits.
          testTimeout: 20_000,
          // On another msw the CLI test is left out: it spawns the built bin, which Node resolves to the repo's msw.
          exclude: [
            ...browserTests,
            '**/node_modules/**',
            'test/fixtures/**',
            ...storybookTests,
            ...(mswDir ? ['test/server/cli.test.ts'] : []),
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: repo,
          include: browserTests.map((pattern) => `test/${pattern}`),
          exclude: ['**/node_modules/**', 'test/fixtures/**'],
          // One Chromium for the run (files connect to it), one Vite server per file; files run one after another.
          fileParallelism: false,
          // Launches that Chromium; without one (outside CI) every file skips, and it says why, once per run.
          globalSetup: ['test/browser/support/shared-chromium.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(storybookStatic
        ? [
            {
              test: {
                name: 'storybook',
                root: repo,
                include: storybookTests,
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
})
