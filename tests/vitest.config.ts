import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '..')

const shared = {
  root,
  resolve: {
    alias: {
      '@': root,
      // Next's marker module throws outside React Server Components; tests call server modules directly.
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
}

export default defineConfig({
  ...shared,
  test: {
    projects: [
      { ...shared, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], allowOnly: false } },
      {
        ...shared,
        test: {
          name: 'integration',
          // A stray .only fails the run everywhere, not only where CI is set: it would hide every other test.
          allowOnly: false,
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/database-global-setup.ts'],
          setupFiles: ['tests/support/database-per-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
