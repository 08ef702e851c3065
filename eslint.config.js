import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Importing msw's root entry loads graphql too (msw 2): the core and `talk-call-mock/node` take
// `http` from `#msw-http`, and only types from `msw`.
const rootMsw = {
  name: 'msw',
  allowTypeImports: true,
  message: "Import `http` from '#msw-http' (msw 2's root loads graphql); only types may come from 'msw'.",
}
// Each msw major lacks the other's subpaths (see src/msw/majors.ts): only src/msw may name them.
const mswSubpaths = {
  group: ['msw/core/*', 'msw/http', 'msw/graphql', 'msw/ws'],
  message: "Each msw major lacks the other's subpaths: take `http` from '#msw-http' (src/msw/majors.ts).",
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'public/mockServiceWorker.js',
      'test-output/',
      'bench/results/',
      '**/storybook-static/',
      'test/fixtures/*/public/',
      'docs/.vitepress/cache/',
      'docs/.vitepress/dist/',
      'docs/reference/api/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'World code is deterministic: use world.faker.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/runtimes/**', 'src/playground/**', 'src/msw/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [rootMsw],
          patterns: [
            {
              group: ['msw/node', 'msw/browser', 'node:*'],
              message: 'The core is environment-neutral: only src/runtimes may import browser or node code.',
            },
            mswSubpaths,
          ],
        },
      ],
    },
  },
  {
    files: ['src/runtimes/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [mswSubpaths] }] },
  },
  {
    files: ['src/runtimes/node.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [rootMsw], patterns: [mswSubpaths] }] },
  },
  {
    // The package fixture's scripts run as a user's plain Node app does (ESM and CommonJS).
    files: ['test/fixtures/package/src/*.{mjs,cjs}', 'test/fixtures/package/jest/*.{js,cjs}'],
    languageOptions: {
      globals: { console: 'readonly', fetch: 'readonly', process: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    files: ['test/fixtures/package/app/*.js', 'test/fixtures/package/jest/dom.test.{js,cjs}'],
    languageOptions: { globals: { document: 'readonly' } },
  },
  {
    files: ['test/fixtures/package/src/*.cjs', 'test/fixtures/package/jest/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
