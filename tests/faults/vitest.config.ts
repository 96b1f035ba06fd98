// The fault tests (`npm run test:faults`): the built app started as `npm start` starts it, while its database is
// stopped, killed or given no room. Each file starts whole apps with databases of their own, so they run one file
// at a time, after the browser tests (which build the app they need).
import { defineConfig } from 'vitest/config'
// `.js`: TypeScript resolves it to the .ts file, and Vite does not warn about an import without an extension.
import base from '../vitest.config.js'

export default defineConfig({
  root: base.root,
  resolve: base.resolve,
  test: {
    include: ['tests/faults/**/*.test.ts'],
    fileParallelism: false,
    allowOnly: false,
    // The first start may have to build the app.
    hookTimeout: 600_000,
    testTimeout: 180_000,
  },
})
