import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
      'no-restricted-imports': [
        'error',
        {
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
)
