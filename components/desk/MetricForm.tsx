'use client'
// Create or edit a metric: its address, names in both languages, unit, and the country as datasets spell it.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { createMetricAction, updateMetricAction } from '@/lib/metrics/form-actions'
import { METRIC_FORM_FIELDS } from '@/lib/metrics/schema'
import { FormStatus, Input, Submit, Textarea } from './form'

type MetricValues = Partial<Record<keyof typeof METRIC_FORM_FIELDS, string | null>>

export function MetricForm(props: { mode: 'create' } | { mode: 'edit'; metricId: string; version: number; initial: MetricValues }) {
  const [state, action] = useActionState(props.mode === 'create' ? createMetricAction : updateMetricAction, IDLE_FORM)
  const prefix = useId()
  const initial = props.mode === 'edit' ? props.initial : {}
  // After a refusal the typed values come back; after a save the page's fresh values are shown.
  const value = (name: keyof typeof METRIC_FORM_FIELDS) => (state.status !== 'ok' ? state.values?.[name] : undefined) ?? initial[name] ?? ''
  const version = state.status === 'conflict' ? String(state.current?.version ?? '') : props.mode === 'edit' ? String(props.version) : ''
  const field = (name: keyof typeof METRIC_FORM_FIELDS, required = false) => (
    <Input name={name} label={`${METRIC_FORM_FIELDS[name]}${required ? ' *' : ''}`} state={state} prefix={prefix} required={required} defaultValue={value(name)} />
  )
  return (
    <form key={state.submission} action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <FormStatus state={state} success="저장했습니다. Saved." />
      {props.mode === 'edit' ? (
        <>
          <input type="hidden" name="metricId" value={props.metricId} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {field('nameKo', true)}
        {field('nameEn', true)}
        {field('slug', true)}
        {field('unit', true)}
        {field('subject')}
        {field('datasetCountry')}
      </div>
      <Textarea name="description" label={METRIC_FORM_FIELDS.description} state={state} prefix={prefix} rows={2} defaultValue={value('description')} />
      <Submit pending="저장 중… Saving…">{props.mode === 'create' ? '지표 만들기 Create metric' : '지표 저장 Save metric'}</Submit>
    </form>
  )
}
