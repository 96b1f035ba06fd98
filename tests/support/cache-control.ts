// Reading Cache-Control as caches do, for the tests of what browsers, nginx and CDNs may keep.

/**
 * Seconds each kind of cache may reuse a response without asking (browsers', shared caches'), and whether it is
 * marked immutable. No Cache-Control at all would let caches guess (heuristic freshness): counted as unbounded.
 */
export function lifetimes(cacheControl: string | null | undefined) {
  const directives = new Map(
    (cacheControl ?? '')
      .split(',')
      .filter((part) => part.trim())
      .map((part) => {
        const [name, value] = part.trim().toLowerCase().split('=')
        return [name, value === undefined ? true : Number(value)] as const
      }),
  )
  if (directives.has('no-store')) return { browser: 0, shared: 0, immutable: false }
  const browser = directives.has('no-cache') ? 0 : Number(directives.get('max-age') ?? Infinity)
  const shared = directives.has('private') ? 0 : Number(directives.get('s-maxage') ?? browser)
  return { browser, shared, immutable: directives.has('immutable') }
}
