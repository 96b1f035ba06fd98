'use server'
// Server actions for the desk's metric forms.
import { formAction } from '../actions/form'
import { addDefinition, createMetric, updateMetric } from './actions'

export const createMetricAction = formAction(createMetric, { redirect: (data) => `/desk/metrics/${data.id}` })
export const updateMetricAction = formAction(updateMetric)
export const addDefinitionAction = formAction(addDefinition)
