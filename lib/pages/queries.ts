import 'server-only'
import { db } from '../db/client'
import { DEFAULT_PAGES, type EditablePageSlug } from './defaults'

export interface SitePageView {
  slug: EditablePageSlug
  title: string
  body: string
  /** 0 while the page shows its default text and has never been saved. */
  version: number
  updatedAt: Date | null
  updatedBy: string | null
}

/** The page as saved, or its default text when nobody has saved it yet. */
export async function sitePage(slug: EditablePageSlug): Promise<SitePageView> {
  const row = await db().sitePage.findUnique({
    where: { slug },
    select: { title: true, body: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
  })
  if (!row) return { slug, ...DEFAULT_PAGES[slug], version: 0, updatedAt: null, updatedBy: null }
  return { slug, title: row.title, body: row.body, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy?.name ?? null }
}
