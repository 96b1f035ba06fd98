'use client'
// The claim's wording and language, with the check for similar claims already logged.
import { useEffect, useRef, useState, useTransition } from 'react'
import type { SimilarClaim } from '@/lib/claims/desk-queries'
import { findSimilarAction } from '@/lib/claims/form-actions'
import { LANGUAGE_LABELS, LANGUAGES, STATUS_LABELS } from '@/lib/claims/schema'
import { Select, Textarea } from '../form'
import type { PartProps } from './part'

/** The claim's wording, with the similar-claims check that runs when the editor leaves either text field. */
export function TextPart({
  value,
  fieldKey,
  state,
  excludeId,
  onLanguage,
}: PartProps & { excludeId?: string; onLanguage: (language: 'ko' | 'en') => void }) {
  const [similar, setSimilar] = useState<SimilarClaim[] | null>(null)
  const [checking, startChecking] = useTransition()
  const lastProbe = useRef('')
  const textRef = useRef<HTMLTextAreaElement>(null)
  const translationRef = useRef<HTMLTextAreaElement>(null)

  const check = () => {
    const text = textRef.current?.value ?? ''
    const translation = translationRef.current?.value ?? ''
    const probe = `${text}\n${translation}`
    if (probe === lastProbe.current) return
    lastProbe.current = probe
    startChecking(async () => {
      // Only an aid: when it cannot be had (the database is restarting), the form carries on without it instead
      // of giving way to the error page with the editor's text, and the next blur asks again.
      const found = await findSimilarAction({ text, translation, excludeId }).catch(() => null)
      if (found) setSimilar(found)
      else lastProbe.current = ''
    })
  }
  // A form that comes back refused already holds text: check it again without waiting for a blur.
  useEffect(() => {
    if (textRef.current?.value) check()
    // Once, on the form's first render: later changes are checked on blur.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <div className="space-y-3">
      <Textarea
        key={fieldKey('text')}
        ref={textRef}
        name="text"
        label="원문 Original text"
        state={state}
        rows={3}
        required
        maxLength={2000}
        defaultValue={value('text')}
        onBlur={check}
      />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Select
          key={fieldKey('language')}
          name="language"
          label="원문 언어 Language"
          state={state}
          defaultValue={value('language') || 'ko'}
          onChange={(event) => onLanguage(event.target.value === 'en' ? 'en' : 'ko')}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_LABELS[language]}
            </option>
          ))}
        </Select>
        <Textarea
          key={fieldKey('translation')}
          ref={translationRef}
          name="translation"
          label="번역 Translation"
          hint="원문이 아닌 다른 언어로. In the other language."
          state={state}
          rows={2}
          maxLength={2000}
          defaultValue={value('translation')}
          onBlur={check}
        />
      </div>
      {/* The check runs when a text field loses focus, which is often the mousedown on the next control: nothing
          here may move that control before its mouseup, or the click lands elsewhere and is lost. So the status line
          keeps its height when empty, and the claims found stay shown while the next check runs. */}
      <div aria-live="polite" className="space-y-2">
        <p className="min-h-5 text-sm text-stone-600">{checking ? '비슷한 주장을 찾는 중… Looking for similar claims…' : null}</p>
        {similar?.length ? (
          <section aria-labelledby="similar-heading" className="rounded border border-sky-300 bg-sky-50 p-3 text-sm">
            <h3 id="similar-heading" className="font-semibold">
              비슷한 주장이 이미 있습니다 <span lang="en" className="font-normal">· Similar claims already exist</span>
            </h3>
            <p className="text-stone-700">
              같은 주장이면 새로 만들지 말고 그 주장을 여세요. 중복은 주장 페이지에서 합칠 수 있습니다.{' '}
              <span lang="en">If it is the same claim, open it instead of creating another; duplicates can be merged on a claim’s page.</span>
            </p>
            <ul className="mt-2 space-y-1">
              {similar.map((claim) => (
                <li key={claim.id}>
                  <a
                    href={`/desk/claims/${claim.id}`}
                    target="_blank"
                    rel="noopener"
                    className="underline focus-visible:outline-2 focus-visible:outline-stone-900"
                  >
                    <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
                  </a>{' '}
                  <span className="text-xs text-stone-600">
                    ({STATUS_LABELS[claim.status]}, 유사도 similarity {Math.round(claim.score * 100)}%, 새 탭 opens in a new tab)
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  )
}
