'use server'
// Server actions for the source library's forms: each one runs its action through the pipeline.
import { formAction } from '../actions/form'
import { archiveSource, createSource, pasteArchiveText, updateSource } from './actions'
import { sourcePath } from './paths'

// The new source's page is where the editor archives it and sees where it is used.
export const createSourceAction = formAction(createSource, { redirect: (data) => sourcePath(data.id) })
export const updateSourceAction = formAction(updateSource)
export const archiveSourceAction = formAction(archiveSource)
export const pasteArchiveTextAction = formAction(pasteArchiveText)
