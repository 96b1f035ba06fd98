'use server'
// Server actions for the claim discussion's forms (lib/comments/actions.ts).
import { formAction } from '@/lib/actions/form'
import { addClaimComment, editClaimComment } from './actions'

export const addClaimCommentAction = formAction(addClaimComment)
export const editClaimCommentAction = formAction(editClaimComment)
