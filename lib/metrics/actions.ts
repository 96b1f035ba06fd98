// Metric mutations for the desk. Metrics are shared editorial structure, so every desk role may edit them
// ('claim.edit', the same right that puts a claim on a metric).
import { ConflictError, defineAction, type Tx } from '../actions/pipeline'
import { Prisma } from '../db/generated/client'
import { UserError } from '../errors'
import { compareReleases } from '../reconcile/classify'
import { addDefinitionInput, createMetricInput, updateMetricInput } from './schema'

const SLUG_TAKEN = '이 주소는 이미 다른 지표가 씁니다. Another metric already uses this address.'
const DEFINITION_TAKEN = '이 지표에 같은 이름의 정의가 이미 있습니다. This metric already has a definition with this name.'

const metricPaths = (metric: { id: string; slug: string }) => ['/desk/metrics', `/desk/metrics/${metric.id}`, `/metrics/${metric.slug}`]

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'

export const createMetric = defineAction({
  name: 'metrics.create',
  permission: 'claim.edit',
  input: createMetricInput,
  async run({ tx, input, audit }) {
    if (await tx.metric.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new UserError(SLUG_TAKEN)
    const metric = await tx.metric.create({ data: input }).catch((error) => {
      throw isUniqueViolation(error) ? new UserError(SLUG_TAKEN) : error
    })
    await audit({ action: 'metric.create', entityType: 'metric', entityId: metric.id, after: metric })
    return { id: metric.id, slug: metric.slug }
  },
  revalidate: (metric) => metricPaths(metric),
})

export const updateMetric = defineAction({
  name: 'metrics.update',
  permission: 'claim.edit',
  input: updateMetricInput,
  async run({ tx, input, audit }) {
    const { metricId, version, ...data } = input
    const before = await tx.metric.findUnique({ where: { id: metricId } })
    if (!before) throw new UserError('지표를 찾을 수 없습니다. No such metric.')
    const clash = await tx.metric.findUnique({ where: { slug: data.slug }, select: { id: true } })
    if (clash && clash.id !== metricId) throw new UserError(SLUG_TAKEN)
    // The version in the where clause is the lock, as for claims.
    const { count } = await tx.metric.updateMany({ where: { id: metricId, version }, data: { ...data, version: { increment: 1 } } })
    if (count === 0) {
      const current = await tx.metric.findUniqueOrThrow({ where: { id: metricId } })
      throw new ConflictError(
        '다른 사람이 이 지표를 먼저 저장했습니다. 새로 고친 뒤 다시 저장하세요. Someone else saved this metric since you opened it; reload and save again.',
        { ...current, createdAt: current.createdAt.toISOString(), updatedAt: current.updatedAt.toISOString() },
      )
    }
    const after = await tx.metric.findUniqueOrThrow({ where: { id: metricId } })
    await audit({ action: 'metric.update', entityType: 'metric', entityId: metricId, before, after })
    return { id: after.id, slug: after.slug, version: after.version, previousSlug: before.slug }
  },
  revalidate: (metric) => [...metricPaths(metric), `/metrics/${metric.previousSlug}`],
})

/** "AI Index 2025 (2025-04-07)": how the re-check reason names a definition's release. */
const releaseName = (definition: { name: string; versionLabel: string | null; snapshotDate: Date | null }) =>
  [definition.versionLabel, definition.snapshotDate?.toISOString().slice(0, 10)].filter(Boolean).join(', ') || definition.name

/**
 * Flags every claim of the metric for re-check, with the reason in words, when the new definition is a newer
 * release than every dated definition the metric had: a claim checked against the older report may not hold.
 */
async function flagClaimsForNewerRelease(
  tx: Tx,
  metric: { id: string; nameKo: string; nameEn: string },
  added: { id: string; name: string; versionLabel: string | null; snapshotDate: Date | null },
  audit: (entry: { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown }) => Promise<void>,
) {
  const older = await tx.metricDefinition.findMany({
    where: { metricId: metric.id, id: { not: added.id } },
    select: { versionLabel: true, snapshotDate: true },
  })
  const comparable = older.filter((definition) => compareReleases(added, definition) !== 0)
  if (!comparable.length || !comparable.every((definition) => compareReleases(added, definition) > 0)) return []

  const reason =
    `지표 「${metric.nameKo}」에 더 새로운 자료가 추가됨: ${added.name} (${releaseName(added)}). ` +
    `A newer release was added to the metric “${metric.nameEn}”: ${added.name} (${releaseName(added)}); check whether the figure still holds.`
  const claims = await tx.claim.findMany({ where: { quantities: { some: { metricId: metric.id } } }, select: { id: true, needsRecheck: true, recheckReason: true } })
  for (const claim of claims) {
    // A reason already waiting stays: the editor should see every cause, not only the newest.
    const recheckReason = claim.needsRecheck && claim.recheckReason ? `${claim.recheckReason}\n${reason}` : reason
    // The version moves too, so a claim form opened before the flag cannot silently clear it.
    await tx.claim.update({ where: { id: claim.id }, data: { needsRecheck: true, recheckReason, version: { increment: 1 } } })
    await audit({
      action: 'claim.flagRecheck',
      entityType: 'claim',
      entityId: claim.id,
      before: { needsRecheck: claim.needsRecheck, recheckReason: claim.recheckReason },
      after: { needsRecheck: true, recheckReason, definitionId: added.id },
    })
  }
  return claims.map((claim) => claim.id)
}

export const addDefinition = defineAction({
  name: 'metrics.addDefinition',
  permission: 'claim.edit',
  input: addDefinitionInput,
  async run({ tx, input, audit }) {
    const metric = await tx.metric.findUnique({ where: { id: input.metricId }, select: { id: true, slug: true, nameKo: true, nameEn: true } })
    if (!metric) throw new UserError('지표를 찾을 수 없습니다. No such metric.')
    if (input.sourceId && !(await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) {
      throw new UserError('고른 출처가 없습니다. The chosen source no longer exists.')
    }
    if (await tx.metricDefinition.findUnique({ where: { metricId_name: { metricId: metric.id, name: input.name } } })) {
      throw new UserError(DEFINITION_TAKEN)
    }
    const definition = await tx.metricDefinition
      .create({
        data: {
          metricId: metric.id,
          name: input.name,
          sourceId: input.sourceId ?? null,
          versionLabel: input.versionLabel ?? null,
          snapshotDate: input.snapshotDate ?? null,
        },
      })
      .catch((error) => {
        throw isUniqueViolation(error) ? new UserError(DEFINITION_TAKEN) : error
      })
    await audit({ action: 'metric.addDefinition', entityType: 'metric', entityId: metric.id, after: definition })
    const flagged = await flagClaimsForNewerRelease(tx, metric, definition, audit)
    return { id: metric.id, slug: metric.slug, definitionId: definition.id, flagged }
  },
  revalidate: (result) => [...metricPaths(result), '/desk/recheck', ...result.flagged.map((id) => `/desk/claims/${id}`)],
})
