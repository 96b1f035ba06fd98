// Which version of the reader-visible data this process has seen: a number the production server
// (lib/cli/web-server.ts) bumps on every change notification (lib/db/reader-changes.ts), or undefined while it is
// not listening (and always under `next dev` and in tests). Reads that are the same for every reader and costly to
// repeat — the browse filters' counts — are kept per generation (memoPerGeneration).
//
// It lives on globalThis because the web server and Next's bundled route code each load their own copy of this
// module in the one process.
const shared = globalThis as { readerDataGeneration?: number }

export function readerDataChanged(listening: boolean) {
  shared.readerDataGeneration = listening ? (shared.readerDataGeneration ?? 0) + 1 : undefined
}

/**
 * How long anything kept for readers (these values, the page cache's pages) may be used without a change
 * notification: a safety net against a lost notification, not the freshness rule.
 */
export const UNNOTIFIED_MAX_AGE_MS = 5_000

/** compute(), kept until the next change notification (at most UNNOTIFIED_MAX_AGE_MS); recomputed every time when not listening. */
export function memoPerGeneration<T>(compute: () => Promise<T>): () => Promise<T> {
  let kept: { generation: number; at: number; value: Promise<T> } | null = null
  return () => {
    const generation = shared.readerDataGeneration
    if (generation === undefined) return compute()
    if (kept && kept.generation === generation && Date.now() - kept.at < UNNOTIFIED_MAX_AGE_MS) return kept.value
    const value = compute()
    kept = { generation, at: Date.now(), value }
    // A failed read is not kept.
    value.catch(() => {
      if (kept?.value === value) kept = null
    })
    return value
  }
}
