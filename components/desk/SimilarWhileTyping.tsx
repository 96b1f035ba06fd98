'use client'
// Similar claims while the editor types the claim's wording, shown above the save button: the form's `text` and
// `translation` fields are watched (debounced 400 ms) and matched with the same trigram search as intake's
// (lib/claims/desk-queries.ts findSimilarClaims, through findSimilarAction, which answers desk users only).
import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import type { SimilarClaim } from '@/lib/claims/desk-queries'
import { findSimilarAction } from '@/lib/claims/form-actions'

const DEBOUNCE_MS = 400

export function SimilarWhileTyping({ excludeId }: { excludeId?: string }) {
  const anchor = useRef<HTMLDivElement>(null)
  const [similar, setSimilar] = useState<SimilarClaim[]>([])

  useEffect(() => {
    const form = anchor.current?.closest('form')
    if (!form) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let asked = ''
    let latest = 0
    const read = (field: string) => (form.elements.namedItem(field) as HTMLTextAreaElement | HTMLInputElement | null)?.value ?? ''
    const ask = () => {
      const text = read('text')
      const translation = read('translation')
      const probe = `${text}\n${translation}`
      if (probe === asked) return
      asked = probe
      const call = ++latest
      // Only an aid: when it cannot be had, the form carries on without it.
      findSimilarAction({ text, translation, excludeId })
        .then((found) => {
          if (call === latest) setSimilar(found)
        })
        .catch(() => {
          asked = ''
        })
    }
    const onInput = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name
      if (name !== 'text' && name !== 'translation') return
      clearTimeout(timer)
      timer = setTimeout(ask, DEBOUNCE_MS)
    }
    form.addEventListener('input', onInput)
    if (read('text')) ask()
    return () => {
      clearTimeout(timer)
      form.removeEventListener('input', onInput)
    }
  }, [excludeId])

  return (
    <div ref={anchor} aria-live="polite">
      {similar.length ? (
        <section aria-labelledby="similar-typing-heading" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <h3 id="similar-typing-heading" className="font-semibold">
            입력 중인 주장과 비슷한 주장 <span lang="en" className="font-normal">· Similar to what you are typing</span>
          </h3>
          <ul className="mt-1 space-y-1">
            {similar.map((claim) => (
              <li key={claim.id}>
                <Link href={`/desk/claims/${claim.id}`} className="font-mono underline">
                  {claim.shortId}
                </Link>{' '}
                {claim.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
