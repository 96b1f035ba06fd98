'use server'
// Server actions for the source library's forms: each one runs its action through the pipeline.
import { redirect } from 'next/navigation'
import { runFormAction, type FormState } from '../actions/form'
import { archiveSource, createSource, pasteArchiveText, updateSource } from './actions'
import { sourcePath } from './paths'

type State = FormState<unknown>

export async function createSourceAction(_: State, formData: FormData) {
  const state = await runFormAction(createSource, formData)
  // The new source's page is where the editor archives it and sees where it is used.
  if (state.status === 'ok' && state.data) redirect(sourcePath(state.data.id))
  return state
}
export async function updateSourceAction(_: State, formData: FormData) {
  return runFormAction(updateSource, formData)
}
export async function archiveSourceAction(_: State, formData: FormData) {
  return runFormAction(archiveSource, formData)
}
export async function pasteArchiveTextAction(_: State, formData: FormData) {
  return runFormAction(pasteArchiveText, formData)
}
