'use client'
// Adds a definition to a metric. A definition newer than all the metric's dated ones flags its claims for re-check.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addDefinitionAction } from '@/lib/metrics/form-actions'
import { FormStatus, Input, Options, Select, Submit } from './form'

export function MetricDefinitionForm({ metricId, sources }: { metricId: string; sources: { id: string; label: string }[] }) {
  const [state, action] = useActionState(addDefinitionAction, IDLE_FORM)
  const prefix = useId()
  const values = state.status === 'ok' ? {} : (state.values ?? {})
  const flagged = state.status === 'ok' ? ((state.data as { flagged?: string[] } | undefined)?.flagged?.length ?? 0) : 0
  const on = { state, prefix }
  return (
    <form key={state.submission} action={action} className="space-y-3" noValidate>
      <FormStatus
        state={state}
        success={
          flagged
            ? `정의를 추가했고, 더 새로운 자료이므로 주장 ${flagged}개를 재확인 대상으로 표시했습니다. Definition added; it is newer, so ${flagged} claim(s) were flagged for re-check.`
            : '정의를 추가했습니다. Definition added.'
        }
      />
      <input type="hidden" name="metricId" value={metricId} />
      <Input name="name" label="정의 이름 Name *" {...on} required defaultValue={values.name} placeholder="Epoch AI notable criteria, as used by AI Index 2025" />
      <div className="grid gap-3 sm:grid-cols-3">
        <Select name="sourceId" label="출처 Source" {...on} defaultValue={values.sourceId ?? ''}>
          <option value="">— 없음 None —</option>
          <Options items={sources} />
        </Select>
        <Input name="versionLabel" label="판 Version" {...on} defaultValue={values.versionLabel} placeholder="AI Index 2025" />
        <Input name="snapshotDate" label="스냅숏 날짜 Snapshot date" {...on} type="date" defaultValue={values.snapshotDate} />
      </div>
      <Submit pending="추가 중… Adding…">정의 추가 Add definition</Submit>
    </form>
  )
}
