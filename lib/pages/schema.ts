import { z } from 'zod'
import { requiredText } from '../actions/fields'
import { EDITABLE_PAGES } from './defaults'

export const PAGE_BODY_MAX = 50_000

export const updateSitePageInput = z.object({
  slug: z.enum(EDITABLE_PAGES),
  title: requiredText(200),
  body: requiredText(PAGE_BODY_MAX),
  /** The version the editor loaded; 0 = the page had never been saved (the editor showed the default text). */
  version: z.coerce.number().int().min(0),
})
