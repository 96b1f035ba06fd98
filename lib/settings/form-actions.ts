'use server'
// Server actions for the desk's settings page.
import { formAction } from '../actions/form'
import { setTwoPersonRule } from './actions'

export const setTwoPersonRuleAction = formAction(setTwoPersonRule)
