'use server'
// Server actions for the desk's metric forms.
import { redirect } from 'next/navigation'
import { runFormAction, type FormState } from '../actions/form'
import { addDefinition, createMetric, updateMetric } from './actions'

type State = FormState<unknown>

export async function createMetricAction(_: State, formData: FormData) {
  const state = await runFormAction(createMetric, formData)
  if (state.status === 'ok' && state.data) redirect(`/desk/metrics/${state.data.id}`)
  return state
}
export async function updateMetricAction(_: State, formData: FormData) {
  return runFormAction(updateMetric, formData)
}
export async function addDefinitionAction(_: State, formData: FormData) {
  return runFormAction(addDefinition, formData)
}
