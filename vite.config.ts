import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: '.',
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scenarios/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
  },
})
