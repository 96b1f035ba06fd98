// Metric actions against a real PostgreSQL: who may, the optimistic lock, and the re-check flag a newer
// definition raises on the metric's claims.
import { beforeAll, describe, expect, it } from 'vitest'
import { SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { addDefinition, createMetric, updateMetric } from '../../lib/metrics/actions'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

beforeAll(async () => {
  await loadDemoDataset(db())
})

const metricInput = (slug: string) => ({ slug, nameKo: '시험 지표', nameEn: 'Test metric', unit: 'models', subject: 'Korea', datasetCountry: '', description: '' })

describe('metrics: who may', () => {
  it('every desk role creates, updates and adds definitions; signed out changes nothing', async () => {
    for (const [who, caller] of await everyCaller()) {
      const slug = `who-${who.replace(/\s/g, '-').toLowerCase()}`
      const created = await createMetric.execute(caller, metricInput(slug))
      const existing = await db().metric.create({ data: { ...metricInput(`${slug}-x`), datasetCountry: null, description: null } })
      const updated = await updateMetric.execute(caller, { ...metricInput(`${slug}-x`), metricId: existing.id, version: 1, nameEn: 'Renamed' })
      const defined = await addDefinition.execute(caller, { metricId: existing.id, name: 'Def', versionLabel: 'v1' })
      const after = await db().metric.findUniqueOrThrow({ where: { id: existing.id }, include: { definitions: true } })
      if (who === 'signed out') {
        expect([created, updated, defined].map((r) => r.status === 'forbidden' && r.message)).toEqual([SIGN_IN_REQUIRED, SIGN_IN_REQUIRED, SIGN_IN_REQUIRED])
        expect(await db().metric.findUnique({ where: { slug } })).toBeNull()
        expect([after.nameEn, after.definitions.length]).toEqual(['Test metric', 0])
      } else {
        expect([created.status, updated.status, defined.status]).toEqual(['ok', 'ok', 'ok'])
        expect(await db().metric.findUnique({ where: { slug } })).not.toBeNull()
        expect([after.nameEn, after.version, after.definitions.map((d) => d.name)]).toEqual(['Renamed', 2, ['Def']])
      }
    }
  })
})

describe('createMetric and updateMetric', () => {
  it('refuse a taken or malformed address, with the field named', async () => {
    const editor = await makeUser('EDITOR')
    expect(await createMetric.execute(editor, metricInput('korean-notable-ai-models'))).toMatchObject({ status: 'error' })
    const bad = await createMetric.execute(editor, metricInput('Not a slug!'))
    expect(bad.status === 'invalid' && Object.keys(bad.fieldErrors)).toEqual(['slug'])
  })

  it('update is scoped to the loaded version: a stale save is a conflict and changes nothing', async () => {
    const editor = await makeUser('EDITOR')
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'ai-patents-per-100k' } })
    const first = await updateMetric.execute(editor, { ...metricInput('ai-patents-per-100k'), metricId: metric.id, version: metric.version, nameEn: 'First' })
    expect(first.status).toBe('ok')
    const stale = await updateMetric.execute(editor, { ...metricInput('ai-patents-per-100k'), metricId: metric.id, version: metric.version, nameEn: 'Stale' })
    expect(stale).toMatchObject({ status: 'conflict', current: { nameEn: 'First' } })
    expect((await db().metric.findUniqueOrThrow({ where: { id: metric.id } })).nameEn).toBe('First')
    expect(await db().auditEvent.count({ where: { action: 'metric.update', entityId: metric.id } })).toBe(1)
  })
})

describe('addDefinition', () => {
  it('a newer release flags every claim of the metric for re-check, with the reason in words', async () => {
    const editor = await makeUser('EDITOR')
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'korean-notable-ai-models' }, include: { quantities: { include: { claim: true } } } })
    const hai = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-HAI25' } })
    const result = await addDefinition.execute(editor, {
      metricId: metric.id,
      name: 'Epoch AI notable criteria, as used by AI Index 2026',
      sourceId: hai.id,
      versionLabel: 'AI Index 2026',
      snapshotDate: '2026-04-01',
    })
    if (result.status !== 'ok') throw new Error(JSON.stringify(result))
    const claims = await db().claim.findMany({ where: { quantities: { some: { metricId: metric.id } } } })
    expect(claims.map((c) => c.shortId).sort()).toEqual(['knt2023', 'knt2024', 'kntcumu'])
    for (const claim of claims) {
      expect(claim.needsRecheck).toBe(true)
      expect(claim.recheckReason).toContain('A newer release was added to the metric “Korean notable AI models”')
      expect(claim.recheckReason).toContain('AI Index 2026, 2026-04-01')
      expect(claim.version).toBe(metric.quantities.find((q) => q.claimId === claim.id)!.claim.version + 1)
    }
    expect(new Set(result.data.flagged)).toEqual(new Set(claims.map((c) => c.id)))
    expect(await db().auditEvent.count({ where: { action: 'claim.flagRecheck', entityId: { in: result.data.flagged } } })).toBe(3)
    // Other metrics' claims are untouched.
    expect((await db().claim.findUniqueOrThrow({ where: { shortId: 'kpt2022' } })).needsRecheck).toBe(false)
  })

  it('an older or undated definition flags nothing; a duplicate name is refused', async () => {
    const editor = await makeUser('EDITOR')
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'korean-foundation-models' } })
    const older = await addDefinition.execute(editor, { metricId: metric.id, name: 'Old listing', snapshotDate: '2020-01-01' })
    const undated = await addDefinition.execute(editor, { metricId: metric.id, name: 'Some other count' })
    expect([older.status, undated.status]).toEqual(['ok', 'ok'])
    expect(await db().claim.count({ where: { quantities: { some: { metricId: metric.id } }, needsRecheck: true } })).toBe(0)
    expect(await addDefinition.execute(editor, { metricId: metric.id, name: 'Old listing' })).toMatchObject({ status: 'error' })
  })
})
