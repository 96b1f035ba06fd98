'use client'
// The share bar's two buttons that need JavaScript, so they appear only once it runs (the read-only link field
// beside them is the copy link without it): "copy link", which says so once copied, and the browser's own share
// sheet (the Web Share API: how phones reach KakaoTalk and LINE) only where the browser has one.
import { useState, useSyncExternalStore } from 'react'

const never = () => () => {}

export function ShareButtons({
  url,
  title,
  fieldId,
  labels,
}: {
  url: string
  title: string
  /** The read-only link field, selected and copied the old way when the clipboard API refuses. */
  fieldId: string
  labels: { copy: string; copied: string; share: string }
}) {
  const hydrated = useSyncExternalStore(never, () => true, () => false)
  const canShare = useSyncExternalStore(never, () => typeof navigator.share === 'function', () => false)
  const [copied, setCopied] = useState(false)
  if (!hydrated) return null

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
    } catch {
      const field = document.getElementById(fieldId) as HTMLInputElement | null
      field?.select()
      if (!document.execCommand('copy')) return
    }
    setCopied(true)
  }

  const button = 'rounded border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100'
  return (
    <>
      <button type="button" onClick={copy} className={button} data-testid="copy-link">
        {copied ? labels.copied : labels.copy}
      </button>
      <span role="status" className="sr-only">
        {copied ? labels.copied : ''}
      </span>
      {canShare ? (
        <button type="button" onClick={() => navigator.share({ url, title }).catch(() => {})} className={button} data-testid="web-share">
          {labels.share}
        </button>
      ) : null}
    </>
  )
}
