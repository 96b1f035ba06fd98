// `npm run lint`: ESLint 9 flat config. ESLint's and typescript-eslint's recommended rules (type-aware rules would double the
// run time on these machines for little: `tsc --noEmit` runs next to it), Next's own rules, and React's hooks rules
// including the React Compiler's checks. Zero warnings is the bar (`--max-warnings 0` in package.json).
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['node_modules/', '.next/', '.data/', 'lib/db/generated/', 'test-results/', 'bench/results/', 'next-env.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs['core-web-vitals'],
  {
    rules: {
      // Unused code is removed, not kept: an underscore marks an argument a signature requires.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain JavaScript files are Node scripts (the CLI's .mjs helpers, configs); TypeScript checks the rest.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Next's pages directory rules do not apply: this is an App Router project without pages/.
    settings: { next: { rootDir: '.' } },
  },
)
