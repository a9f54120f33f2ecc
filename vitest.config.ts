import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {alias: {'@': fileURLToPath(new URL('.', import.meta.url))}},
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    environment: 'node',
    // `server-only` throws outside a React Server environment; unit tests import server modules directly.
    // next-intl's ESM build imports `next/server` without an extension, which only a bundler resolves.
    server: {deps: {inline: ['server-only', 'next-intl']}},
    alias: {'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url))},
  },
})
