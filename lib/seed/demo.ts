// Loads the built-in demo dataset (prisma/seed/demo-dataset.ts) once per database. "Once" is recorded as an
// audit event rather than inferred from the rows, so demo claims an editor later deletes do not come back.
import { demoDataset } from '../../prisma/seed/demo-dataset'
import type { DemoDataset, IsoDate, SeedQuantity } from '../../prisma/seed/types'
import type { PrismaClient } from '../db/generated/client'
import { DEFAULT_PAGES, EDITABLE_PAGES } from '../pages/defaults'
import { normalizeUrl } from '../sources/url'

export const DEMO_LOADED_ACTION = 'demo.loaded'

/** Serialises concurrent first starts against one database. */
const DEMO_LOCK_KEY = 4_172_001

const toDate = (value: IsoDate | undefined) => (value ? new Date(`${value}T00:00:00Z`) : undefined)

export async function loadDemoDataset(
  prisma: PrismaClient,
  dataset: DemoDataset = demoDataset,
): Promise<'loaded' | 'already-loaded'> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_LOCK_KEY})`
      if (await tx.auditEvent.findFirst({ where: { action: DEMO_LOADED_ACTION } })) return 'already-loaded'

      const scale = await tx.ratingScale.create({
        data: {
          name: dataset.ratingScale.name,
          isDefault: true,
          ratings: { create: dataset.ratingScale.ratings.map((rating, position) => ({ ...rating, position })) },
        },
        include: { ratings: true },
      })
      const ratingIds = new Map(scale.ratings.map((rating) => [rating.labelEn, rating.id]))

      const claimantIds = new Map<string, string>()
      for (const { key, ...claimant } of dataset.claimants) {
        const row = await tx.claimant.create({ data: { ...claimant, seedKey: key } })
        claimantIds.set(key, row.id)
      }

      const sourceIds = new Map<string, string>()
      for (const { key, publishedAt, accessedAt, url, ...source } of dataset.sources) {
        const row = await tx.source.create({
          data: {
            ...source,
            seedKey: key,
            // Stored as the desk stores every URL, so that the library finds them as duplicates.
            url: url ? normalizeUrl(url) : undefined,
            publishedAt: toDate(publishedAt),
            accessedAt: toDate(accessedAt),
          },
        })
        sourceIds.set(key, row.id)
      }
      const sourceId = (key: string) => {
        const id = sourceIds.get(key)
        if (!id) throw new Error(`Demo dataset: unknown source ${key}`)
        return id
      }

      // Metrics before claims, so that each claim is created already on its metric and definition.
      const definitionIds = new Map<string, { metricId: string; definitionId: string }>()
      for (const { key, definitions, ...metric } of dataset.metrics ?? []) {
        // Upserts by slug and name: metrics are not cleared with the claims (an editor's metric of the same
        // address, or one left from an earlier load, is used rather than refused).
        const row = await tx.metric.upsert({ where: { slug: key }, create: { ...metric, slug: key }, update: {} })
        for (const { sourceKey, snapshotDate, ...definition } of definitions) {
          const saved = await tx.metricDefinition.upsert({
            where: { metricId_name: { metricId: row.id, name: definition.name } },
            create: { ...definition, metricId: row.id, sourceId: sourceKey ? sourceId(sourceKey) : undefined, snapshotDate: toDate(snapshotDate) },
            update: {},
          })
          definitionIds.set(`${key}\u0000${saved.name}`, { metricId: row.id, definitionId: saved.id })
        }
      }
      const metricOf = (claim: DemoDataset['claims'][number], quantity: SeedQuantity) => {
        if (!quantity.metricKey) return {}
        const found = definitionIds.get(`${quantity.metricKey}\u0000${quantity.definitionName ?? ''}`)
        if (!found) throw new Error(`Demo dataset: unknown metric or definition on ${claim.key}`)
        return { metricId: found.metricId, metricDefinitionId: found.definitionId }
      }

      const claimIds = new Map<string, string>()
      for (const claim of dataset.claims) {
        const { verdict } = claim
        const publishedAt = new Date()
        const ratingId = verdict ? ratingIds.get(verdict.rating) : undefined
        if (verdict && !ratingId) throw new Error(`Demo dataset: unknown rating ${verdict.rating}`)
        const row = await tx.claim.create({
          data: {
            seedKey: claim.key,
            shortId: claim.shortId,
            slug: claim.slug,
            text: claim.text,
            language: claim.language,
            translation: claim.translation,
            translationLanguage: claim.translationLanguage,
            claimantId: claim.claimantKey ? claimantIds.get(claim.claimantKey) : undefined,
            claimantNote: claim.claimantNote,
            firstSeenAt: toDate(claim.firstSeenAt),
            status: claim.status,
            // In the order the fact sheet states them: position 0 is the claim's main figure.
            quantities: {
              create: (claim.quantities ?? []).map(({ metricKey, definitionName, metric, windowStart, windowEnd, ...quantity }, position) => ({
                ...quantity,
                position,
                metricLabel: metric,
                windowStart: toDate(windowStart),
                windowEnd: toDate(windowEnd),
                ...metricOf(claim, { metricKey, definitionName, metric, ...quantity }),
              })),
            },
            appearances: {
              create: claim.appearances.map((appearance) => ({
                sourceId: sourceId(appearance.sourceKey),
                appearedAt: toDate(appearance.appearedAt),
                note: appearance.note,
              })),
            },
            evidence: {
              create: claim.evidence.map(({ sourceKey, ...evidence }) => ({ ...evidence, sourceId: sourceId(sourceKey) })),
            },
            verdict:
              verdict && ratingId
                ? {
                    create: {
                      ratingId,
                      summary: verdict.summary,
                      analysis: verdict.analysis,
                      summaryEn: verdict.summaryEn ?? null,
                      analysisEn: verdict.analysisEn ?? null,
                      status: 'PUBLISHED',
                      publishedAt,
                      revisions: {
                        create: {
                          number: 1,
                          ratingId,
                          summary: verdict.summary,
                          analysis: verdict.analysis,
                          summaryEn: verdict.summaryEn ?? null,
                          analysisEn: verdict.analysisEn ?? null,
                          publishedAt,
                        },
                      },
                    },
                  }
                : undefined,
          },
        })
        claimIds.set(claim.key, row.id)
      }

      for (const relation of dataset.relations) {
        const fromClaimId = claimIds.get(relation.from)
        const toClaimId = claimIds.get(relation.to)
        if (!fromClaimId || !toClaimId) throw new Error(`Demo dataset: unknown claim in relation ${relation.from} -> ${relation.to}`)
        await tx.claimRelation.create({ data: { fromClaimId, toClaimId, kind: relation.kind, note: relation.note } })
      }

      // The methodology page explains the scale just created; the about page says who runs the site. Create-only:
      // an admin's edited text is never replaced (a load after a reset that kept site_pages leaves each as it was).
      for (const slug of EDITABLE_PAGES) {
        await tx.sitePage.upsert({ where: { slug }, create: { slug, ...DEFAULT_PAGES[slug] }, update: {} })
      }

      await tx.auditEvent.create({
        data: {
          action: DEMO_LOADED_ACTION,
          entityType: 'dataset',
          entityId: 'demo',
          data: { claims: dataset.claims.length, sources: dataset.sources.length, metrics: dataset.metrics?.length ?? 0 },
        },
      })
      return 'loaded'
    },
    { timeout: 60_000 },
  )
}
