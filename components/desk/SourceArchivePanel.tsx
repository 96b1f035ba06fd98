'use client'
// "Archive" fetches the source's URL on the server; when that fails (paywall, bot wall, a dead link) the editor
// can paste the text by hand. Either adds a copy: earlier copies stay, and a published verdict keeps citing the one it
// cited. The copies themselves are shown by the page around this panel.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import type { ArchiveOutcome } from '@/lib/sources/actions'
import { archiveSourceAction, pasteArchiveTextAction } from '@/lib/sources/form-actions'
import { FormStatus, Submit, Textarea } from './form'
import { FormProblem } from './SourceFormParts'

export function SourceArchivePanel({
  sourceId,
  hasUrl,
  hasCopy,
  lastError,
  publicClaims,
}: {
  sourceId: string
  hasUrl: boolean
  hasCopy: boolean
  /** Why the last fetch failed, if it did. */
  lastError: string | null
  /** Short ids of the public claims that show this source: a new copy is a change their readers see. */
  publicClaims: string[]
}) {
  const [archiveState, archive] = useActionState(archiveSourceAction, IDLE_FORM)
  const [pasteState, paste] = useActionState(pasteArchiveTextAction, IDLE_FORM)
  const prefix = useId()
  const outcome = archiveState.status === 'ok' ? (archiveState.data as ArchiveOutcome) : null

  return (
    <div className="space-y-4">
      {hasUrl ? (
        <form action={archive} className="space-y-2">
          <input type="hidden" name="sourceId" value={sourceId} />
          <Submit pending="가져오는 중… Fetching…">{hasCopy ? '다시 보관 Archive again' : '보관 Archive'}</Submit>
          <p className="text-xs text-stone-500">
            서버가 주소를 가져와 본문과 SHA-256을 새 보관본으로 저장합니다{hasCopy ? '; 지금까지의 보관본도 그대로 남습니다' : ''}.{' '}
            <span lang="en">
              The server fetches the page and stores its text and SHA-256 as a new copy{hasCopy ? '; the earlier copies stay' : ''}.
            </span>
          </p>
          {outcome?.archived ? (
            <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
              보관했습니다. Archived ({outcome.bytes.toLocaleString()} bytes).
            </p>
          ) : outcome ? (
            <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-900">
              가져오지 못했습니다: {outcome.reason}. 아래에 본문을 직접 붙여넣을 수 있습니다.{' '}
              <span lang="en">The fetch failed: {outcome.reason}. You can paste the text below.</span>
            </p>
          ) : (
            <FormProblem state={archiveState} />
          )}
        </form>
      ) : (
        <p className="text-sm text-stone-600">
          주소가 없는 출처입니다. 본문을 직접 붙여넣으세요. <span lang="en">This source has no URL; paste its text by hand.</span>
        </p>
      )}
      {lastError && !outcome ? (
        <p className="text-sm text-red-900">
          마지막 가져오기 실패 <span lang="en">Last fetch failed</span>: {lastError}
        </p>
      ) : null}

      <details open={!hasUrl || Boolean(lastError) || Boolean(outcome && !outcome.archived) || pasteState.status !== 'idle'}>
        <summary className="cursor-pointer text-sm font-medium">본문 직접 붙여넣기 Paste the text by hand</summary>
        <form key={pasteState.submission} action={paste} className="mt-2 space-y-2">
          <input type="hidden" name="sourceId" value={sourceId} />
          <FormStatus state={pasteState} success="붙여넣은 본문을 보관했습니다. The pasted text was stored." />
          <Textarea
            name="text"
            label="본문 Text"
            state={pasteState}
            prefix={prefix}
            required
            rows={8}
            defaultValue={pasteState.status === 'ok' ? undefined : pasteState.values?.text}
          />
          <p className="text-xs text-stone-500">
            붙여 넣은 본문은 새 보관본으로 남고, 어디에서나 &lsquo;직접 붙여 넣음&rsquo;과 붙여 넣은 사람의 이름이 함께 표시됩니다
            {hasCopy ? '. 지금까지의 보관본도 그대로 남습니다' : ''}.{' '}
            <span lang="en">
              The text is stored as a new copy, shown everywhere as pasted by hand with your name{hasCopy ? '; the earlier copies stay' : ''}.
            </span>
          </p>
          {publicClaims.length ? (
            <p className="text-xs text-amber-900">
              공개된 주장 {publicClaims.join(', ')}의 독자가 이 보관본을 볼 수 있습니다.{' '}
              <span lang="en">Readers of the public claims {publicClaims.join(', ')} can see this copy.</span>
            </p>
          ) : null}
          <Submit pending="저장 중… Saving…">본문 저장 Store text</Submit>
        </form>
      </details>
    </div>
  )
}
