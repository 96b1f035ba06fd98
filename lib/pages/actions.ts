// Editing the site's own public pages (methodology, about; lib/pages/defaults.ts EDITABLE_PAGES): what the newsroom
// says of itself, so ADMIN only ('pages.edit'). Saves are scoped to the version the editor loaded (optimistic lock).
import { ConflictError, defineAction } from '../actions/pipeline'
import { updateSitePageInput } from './schema'

const pagePath = (slug: string) => `/${slug}`

const STALE =
  '다른 사람이 이 페이지를 먼저 저장했습니다. 지금 저장된 내용을 확인하고 다시 저장하세요. ' +
  'Someone else saved this page since you opened it. Check what is saved now, then save again.'

const pageFields = { slug: true, title: true, body: true, version: true } as const

export const updateSitePage = defineAction({
  name: 'pages.update',
  permission: 'pages.edit',
  input: updateSitePageInput,
  async run({ tx, actor, input, audit }) {
    const { slug, title, body, version } = input
    const before = await tx.sitePage.findUnique({ where: { slug }, select: pageFields })

    if (version === 0) {
      // First save over the default text. ON CONFLICT DO NOTHING: if someone else created it meanwhile, this
      // editor has not seen their text, which is a conflict like any other.
      const created = await tx.$executeRaw`
        INSERT INTO site_pages (slug, title, body, version, updated_by_id, updated_at)
        VALUES (${slug}, ${title}, ${body}, 1, ${actor.id}, now())
        ON CONFLICT (slug) DO NOTHING`
      if (created === 0) {
        const current = before ?? (await tx.sitePage.findUniqueOrThrow({ where: { slug }, select: pageFields }))
        throw new ConflictError(STALE, current)
      }
    } else {
      // The version in the where clause is the lock: a save based on an older version matches no row.
      const { count } = await tx.sitePage.updateMany({
        where: { slug, version },
        data: { title, body, version: { increment: 1 }, updatedById: actor.id },
      })
      if (count === 0) {
        const current = await tx.sitePage.findUnique({ where: { slug }, select: pageFields })
        throw new ConflictError(STALE, { ...(current ?? { slug, version: 0 }) })
      }
    }
    const after = await tx.sitePage.findUniqueOrThrow({ where: { slug }, select: pageFields })
    await audit({ action: 'page.update', entityType: 'sitePage', entityId: slug, before: before ?? undefined, after })
    return { slug, version: after.version }
  },
  revalidate: (page) => [pagePath(page.slug), `/desk/pages/${page.slug}`],
})
