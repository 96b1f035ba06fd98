import { expect, it } from 'vitest'
import { withHeapLimit } from '../../lib/cli/heap-limit'

it('caps the production heap unless NODE_OPTIONS already sets a limit', () => {
  expect(withHeapLimit(undefined)).toBe('--max-old-space-size=256')
  expect(withHeapLimit('--enable-source-maps')).toBe('--enable-source-maps --max-old-space-size=256')
  expect(withHeapLimit('--max-old-space-size=1024')).toBe('--max-old-space-size=1024')
})
