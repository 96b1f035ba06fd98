'use client'
// The intake page's first step: where the article comes from (pasted text or HTML, a source with archived text, or
// a web address archived first), its publication date and language. One form; its three buttons say which.
import { useState, useTransition, type FormEvent } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import type { Analysis } from '@/lib/claim-intake/analyse'
import { analyseIntakeAction, archiveUrlForIntakeAction } from '@/lib/claim-intake/form-actions'
import { FormStatus, Input, Select, Submit, Textarea } from '../form'
import { IntakeReview, type ClaimantChoice } from './IntakeReview'

export interface SourceWithText {
  id: string
  title: string
  publisher: string
}

export function IntakeStart({ sources, claimants, initialSourceId }: { sources: SourceWithText[]; claimants: ClaimantChoice[]; initialSourceId?: string }) {
  const [analysis, setAnalysis] = useState<Analysis | null>(null)
  const [state, setState] = useState<FormState<unknown>>(IDLE_FORM)
  const [pending, start] = useTransition()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const form = new FormData(event.currentTarget)
    const origin = submitter?.value ?? 'paste'
    const common = { published: String(form.get('published') ?? ''), language: String(form.get('language') ?? '') }
    start(async () => {
      let sourceId = String(form.get('sourceId') ?? '')
      if (origin === 'url') {
        const archived = await archiveUrlForIntakeAction(IDLE_FORM, form)
        if (archived.status !== 'ok') {
          setState(archived)
          return
        }
        sourceId = (archived.data as { sourceId: string }).sourceId
      }
      const result = await analyseIntakeAction({
        origin: origin === 'paste' ? 'paste' : 'source',
        pasted: origin === 'paste' ? String(form.get('pasted') ?? '') : undefined,
        sourceId: origin === 'paste' ? undefined : sourceId,
        ...common,
      })
      if (result.ok) {
        setAnalysis(result.analysis)
        setState({ status: 'ok', submission: Date.now() })
      } else {
        setAnalysis(null)
        setState({ status: 'invalid', message: result.message, fieldErrors: result.fieldErrors, submission: Date.now() })
      }
    })
  }

  return (
    <div className="space-y-8">
      <form onSubmit={submit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" aria-label="기사 읽기 Read an article">
        <FormStatus state={state.status === 'ok' ? IDLE_FORM : state} />
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="font-semibold">기사 정보 Article</legend>
          <Input
            type="date"
            name="published"
            label="게재일 Publication date"
            hint="비우면 출처의 날짜나 오늘. Blank: the source’s date, or today. “지난해” is read against it."
            state={state}
          />
          <Select name="language" label="언어 Language" state={state} defaultValue="">
            <option value="">자동 (한글 비율) Detect (share of Hangul)</option>
            <option value="ko">한국어 Korean</option>
            <option value="en">영어 English</option>
          </Select>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-semibold">본문 붙여넣기 Paste the text</legend>
          <Textarea
            name="pasted"
            label="본문 Text or HTML"
            hint="브라우저에서 복사한 HTML은 기사 본문만 남깁니다. HTML copied from a browser is reduced to the article’s text."
            state={state}
            rows={8}
          />
          <Submit name="origin" value="paste" disabled={pending} pending="읽는 중… Reading…">
            붙여넣은 본문 읽기 Read the pasted text
          </Submit>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-semibold">보관된 출처 A source with archived text</legend>
          <Select name="sourceId" label="출처 Source" state={state} defaultValue={initialSourceId ?? ''}>
            <option value="">— 고르세요 Choose —</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.publisher} — {source.title}
              </option>
            ))}
          </Select>
          <Submit name="origin" value="source" disabled={pending} pending="읽는 중… Reading…">
            출처 본문 읽기 Read the source’s text
          </Submit>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-semibold">웹 주소 A web address</legend>
          <Input type="url" name="url" label="주소 URL" state={state} />
          <Submit name="origin" value="url" disabled={pending} pending="읽는 중… Reading…">
            보관하고 읽기 Archive and read
          </Submit>
        </fieldset>
        {pending ? <p role="status" className="text-sm text-stone-600">읽는 중… Reading…</p> : null}
      </form>
      {analysis ? <IntakeReview key={state.submission} analysis={analysis} claimants={claimants} /> : null}
    </div>
  )
}
