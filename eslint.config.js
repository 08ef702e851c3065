import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Importing msw's root entry loads graphql too: the core and `talk-call-mock/node` take `http`
// from `msw/core/http`, and only types from `msw`.
const rootMsw = {
  name: 'msw',
  allowTypeImports: true,
  message: "Import `http` from 'msw/core/http' (msw's root loads graphql); only types may come from 'msw'.",
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'public/mockServiceWorker.js', 'test-output/', 'bench/results/'] },
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
    ignores: ['src/runtimes/**', 'src/playground/**'],
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
          ],
        },
      ],
    },
  },
  {
    files: ['src/runtimes/node.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [rootMsw] }] },
  },
)
