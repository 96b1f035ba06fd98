'use server'
// Server actions for the reader's tip form (/submit, works as a plain form POST without JavaScript) and the desk
// inbox's triage buttons.
import { formAction } from '../actions/form'
import { readerCaller } from './address'
import { linkTipToClaim, setTipStatus, submitTip, tipToClaim } from './actions'
import { receiptPath } from './code'

/** A tip sent goes to its status page, which shows the receipt code. */
export const submitTipAction = formAction(submitTip, { caller: readerCaller, redirect: (tip) => `${receiptPath(tip.code)}?sent=1` })
export const setTipStatusAction = formAction(setTipStatus)
export const linkTipToClaimAction = formAction(linkTipToClaim)
/** The new claim opens in the claim form, filled in from the tip. */
export const tipToClaimAction = formAction(tipToClaim, { redirect: (tip) => `/desk/claims/${tip.claimId}/edit?from=tip` })
