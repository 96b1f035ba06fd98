// Relation suggestions and consistency checks on the demo dataset, against a real PostgreSQL.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { confirmSuggestion, dismissSuggestion } from '../../lib/reconcile/actions'
import { contradictingBothTrue, cumulativeBelowYearlySum, differsFromDataset, runChecks } from '../../lib/reconcile/checks'
import { listSuggestions } from '../../lib/reconcile/suggestions'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

const ids: Record<string, string> = {}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

beforeAll(async () => {
  await loadDemoDataset(db())
  for (const claim of await db().claim.findMany({ select: { id: true, shortId: true } })) ids[claim.shortId] = claim.id
})

/** The demo as loaded: its relations, no dismissals, no snapshots, no crafted claims. */
beforeEach(async () => {
  await db().relationSuggestionDismissal.deleteMany()
  await db().datasetSnapshot.deleteMany()
  await db().claim.deleteMany({ where: { seedKey: null } })
})

const notable = () => db().metric.findUniqueOrThrow({ where: { slug: 'korean-notable-ai-models' }, include: { definitions: true } })

/** A published yearly or cumulative claim on the notable-models metric, with a published verdict of `rating`. */
async function craft(shortId: string, value: string, window: { kind: 'PERIOD' | 'CUMULATIVE'; start?: string; end: string }, options: { definition?: string; rating?: string; status?: 'PUBLISHED' | 'NEW' } = {}) {
  const metric = await notable()
  const definition = metric.definitions.find((d) => d.name === (options.definition ?? 'Epoch AI notable criteria, as used by AI Index 2024'))!
  const rating = options.rating ? await db().rating.findFirstOrThrow({ where: { labelEn: options.rating } }) : null
  const claim = await db().claim.create({
    data: {
      shortId,
      slug: shortId,
      text: `crafted ${shortId}`,
      status: options.status ?? 'PUBLISHED',
      quantities: {
        create: {
          position: 0,
          value,
          unit: 'notable AI models',
          windowKind: window.kind,
          windowStart: window.start ? day(window.start) : null,
          windowEnd: day(window.end),
          metricId: metric.id,
          metricDefinitionId: definition.id,
        },
      },
      verdict: rating ? { create: { ratingId: rating.id, summary: 's', status: 'PUBLISHED', publishedAt: new Date() } } : undefined,
    },
  })
  ids[shortId] = claim.id
  return claim
}

type Figure = { value: string; kind?: 'COUNT' | 'RANK'; bound?: 'EXACT' | 'AT_LEAST'; year?: number; cumulativeTo?: string; onMetric?: boolean }

/** A published claim stating several figures, in order; those `onMetric` count notable models by AI Index 2024's definition. */
async function craftFigures(shortId: string, figures: Figure[], rating?: string) {
  const metric = await notable()
  const definition = metric.definitions.find((d) => d.name === 'Epoch AI notable criteria, as used by AI Index 2024')!
  const ratingRow = rating ? await db().rating.findFirstOrThrow({ where: { labelEn: rating } }) : null
  const claim = await db().claim.create({
    data: {
      shortId,
      slug: shortId,
      text: `crafted ${shortId}`,
      status: 'PUBLISHED',
      quantities: {
        create: figures.map((figure, position) => ({
          position,
          kind: figure.kind ?? 'COUNT',
          bound: figure.bound ?? 'EXACT',
          value: figure.value,
          unit: figure.kind === 'RANK' ? '위' : 'notable AI models',
          ...(figure.cumulativeTo
            ? { windowKind: 'CUMULATIVE' as const, windowEnd: day(figure.cumulativeTo) }
            : { windowKind: 'PERIOD' as const, windowStart: day(`${figure.year}-01-01`), windowEnd: day(`${figure.year}-12-31`) }),
          ...(figure.onMetric === false ? {} : { metricId: metric.id, metricDefinitionId: definition.id }),
        })),
      },
      verdict: ratingRow ? { create: { ratingId: ratingRow.id, summary: 's', status: 'PUBLISHED', publishedAt: new Date() } } : undefined,
    },
  })
  ids[shortId] = claim.id
  return claim
}

describe('relation suggestions', () => {
  it('on the demo: 2023 and the cumulative 17 are the same metric over another window; related pairs are left out', async () => {
    const suggestions = await listSuggestions(db(), ids.knt2023)
    // knt2024 is already related to knt2023 in the demo, so only the cumulative claim is left.
    expect(suggestions.map((s) => [s.kind, s.other.shortId])).toEqual([['SAME_METRIC_OTHER_WINDOW', 'kntcumu']])
    expect(await listSuggestions(db(), ids.kpt2022)).toEqual([]) // already related (supersedes)
    expect(await listSuggestions(db(), ids.kinv024)).toEqual([]) // on no metric
  })

  it('suggests contradicts for the same window and definition with another value, supersedes for a newer release', async () => {
    await craft('xa2023a', '3', { kind: 'PERIOD', start: '2023-01-01', end: '2023-12-31' })
    await craft('xb2023b', '2', { kind: 'PERIOD', start: '2023-01-01', end: '2023-12-31' }, { definition: 'Epoch AI notable criteria, as used by AI Index 2025' })
    const found = Object.fromEntries((await listSuggestions(db(), ids.knt2023)).map((s) => [s.other.shortId, [s.kind, s.direction]]))
    expect(found).toEqual({
      kntcumu: ['SAME_METRIC_OTHER_WINDOW', 'outgoing'],
      xa2023a: ['CONTRADICTS', 'outgoing'],
      // The AI Index 2025 figure for 2023 is the newer release: it supersedes knt2023, so the relation comes in.
      xb2023b: ['SUPERSEDES', 'incoming'],
    })
  })

  it('compares every figure of a claim on the metric, and suggests each other claim once per kind', async () => {
    // The main figure is a rank on no metric; the second figure counts 2023 by knt2023's definition, differently.
    await craftFigures('xs2023a', [{ value: '2', kind: 'RANK', year: 2023, onMetric: false }, { value: '3', year: 2023 }])
    // Two figures of other windows: one suggestion, not two.
    await craftFigures('xt2021a', [{ value: '5', year: 2021 }, { value: '2', year: 2022 }])
    const found = (await listSuggestions(db(), ids.knt2023)).map((s) => [s.other.shortId, s.kind, s.otherQuantity.position])
    expect(found).toEqual([
      ['kntcumu', 'SAME_METRIC_OTHER_WINDOW', 0],
      ['xs2023a', 'CONTRADICTS', 1],
      ['xt2021a', 'SAME_METRIC_OTHER_WINDOW', 0],
    ])
    // From the claim with two figures: its second figure is the one compared.
    expect((await listSuggestions(db(), ids.xs2023a)).find((s) => s.other.shortId === 'knt2023')).toMatchObject({ kind: 'CONTRADICTS', quantity: { position: 1 } })
  })

  it('suggests no contradiction for a bounded figure it cannot compare as a plain number', async () => {
    // "At least 3" in 2023 does not say knt2023's 0 is wrong in a way a plain comparison could tell.
    await craftFigures('xu2023a', [{ value: '3', bound: 'AT_LEAST', year: 2023 }])
    expect((await listSuggestions(db(), ids.knt2023)).map((s) => s.other.shortId)).not.toContain('xu2023a')
  })

  it('confirm creates the relation through the relation rules; the pair is no longer suggested', async () => {
    const editor = await makeUser('EDITOR')
    const result = await confirmSuggestion.execute(editor, { claimId: ids.knt2023, otherClaimId: ids.kntcumu, kind: 'SAME_METRIC_OTHER_WINDOW' })
    expect(result.status).toBe('ok')
    const relation = await db().claimRelation.findFirstOrThrow({ where: { fromClaimId: ids.knt2023, toClaimId: ids.kntcumu } })
    expect(relation).toMatchObject({ kind: 'SAME_METRIC_OTHER_WINDOW', createdById: editor.id })
    expect(await db().auditEvent.count({ where: { action: 'relation.add', entityId: relation.id } })).toBe(1)
    expect(await listSuggestions(db(), ids.knt2023)).toEqual([])
    expect(await listSuggestions(db(), ids.kntcumu)).toEqual([])
    // Confirming again is refused: the suggestion is gone.
    expect((await confirmSuggestion.execute(editor, { claimId: ids.knt2023, otherClaimId: ids.kntcumu, kind: 'SAME_METRIC_OTHER_WINDOW' })).status).toBe('error')
    await db().claimRelation.delete({ where: { id: relation.id } })
  })

  it('confirm refuses a kind the data no longer suggests, and writes nothing', async () => {
    const editor = await makeUser('EDITOR')
    const before = await db().claimRelation.count()
    const result = await confirmSuggestion.execute(editor, { claimId: ids.knt2023, otherClaimId: ids.kntcumu, kind: 'CONTRADICTS' })
    expect(result.status).toBe('error')
    expect(await db().claimRelation.count()).toBe(before)
  })

  it('dismiss sticks, from either claim’s page, and dismissing twice is fine', async () => {
    const editor = await makeUser('EDITOR')
    const input = { claimId: ids.kntcumu, otherClaimId: ids.knt2023, kind: 'SAME_METRIC_OTHER_WINDOW' }
    expect((await dismissSuggestion.execute(editor, input)).status).toBe('ok')
    expect((await dismissSuggestion.execute(editor, input)).status).toBe('ok')
    expect(await db().relationSuggestionDismissal.count()).toBe(1)
    expect(await listSuggestions(db(), ids.kntcumu)).toEqual([])
    expect(await listSuggestions(db(), ids.knt2023)).toEqual([])
  })

  it('every desk role may confirm and dismiss; signed out may not', async () => {
    for (const [who, caller] of await everyCaller()) {
      await db().relationSuggestionDismissal.deleteMany()
      const input = { claimId: ids.knt2023, otherClaimId: ids.kntcumu, kind: 'SAME_METRIC_OTHER_WINDOW' }
      const dismissed = await dismissSuggestion.execute(caller, input)
      await db().relationSuggestionDismissal.deleteMany()
      const confirmed = await confirmSuggestion.execute(caller, input)
      const created = await db().claimRelation.deleteMany({ where: { fromClaimId: ids.knt2023, toClaimId: ids.kntcumu } })
      expect([dismissed.status, confirmed.status, created.count]).toEqual(who === 'signed out' ? ['forbidden', 'forbidden', 0] : ['ok', 'ok', 1])
    }
  })
})

describe('consistency checks', () => {
  it('stay quiet on the demo: 0 (2023) + 1 (2024) fit inside 17 cumulative; nothing contradicts; no snapshot', async () => {
    expect(await runChecks(db())).toEqual([])
  })

  it('a cumulative value smaller than the sum of the published yearly values inside its window', async () => {
    await craft('xy2022a', '20', { kind: 'PERIOD', start: '2022-01-01', end: '2022-12-31' })
    // Not published: does not count.
    await craft('xy2021a', '50', { kind: 'PERIOD', start: '2021-01-01', end: '2021-12-31' }, { status: 'NEW' })
    const issues = await cumulativeBelowYearlySum(db())
    expect(issues).toHaveLength(1)
    expect(issues[0].kind).toBe('CUMULATIVE_BELOW_YEARLY_SUM')
    expect(new Set(issues[0].claimIds)).toEqual(new Set([ids.kntcumu, ids.knt2023, ids.knt2024, ids.xy2022a]))
    expect(issues[0].reason).toContain('누적값 17')
    expect(issues[0].reason).toContain('smaller than the sum of the published yearly values inside its window, 21')
  })

  it('adds a yearly figure stated second, and never adds ranks', async () => {
    // A rank of 50 "in 2022" on the metric would make the sum 51 if it were added; it must not be.
    await craftFigures('xr2022a', [{ value: '50', kind: 'RANK', year: 2022 }])
    expect(await cumulativeBelowYearlySum(db())).toEqual([])
    // A count for 2022 given as a claim's second figure counts like any other: 0 + 1 + 20 > 17.
    await craftFigures('xv2022a', [{ value: '7', kind: 'RANK', year: 2022, onMetric: false }, { value: '20', year: 2022 }])
    const issues = await cumulativeBelowYearlySum(db())
    expect(issues.map((issue) => new Set(issue.claimIds))).toEqual([new Set([ids.kntcumu, ids.knt2023, ids.knt2024, ids.xv2022a])])
    expect(issues[0].reason).toContain('2022: 20')
  })

  it('two published verdicts rating both of two contradicting claims as true', async () => {
    // Same window and definition as knt2023 (rated True) with another value, also rated True: unrecorded contradiction.
    await craft('xc2023a', '4', { kind: 'PERIOD', start: '2023-01-01', end: '2023-12-31' }, { rating: 'Mostly true' })
    // A recorded contradiction between two claims of other windows, both True.
    await db().claimRelation.create({ data: { fromClaimId: ids.kpt2022, toClaimId: ids.kinv024, kind: 'CONTRADICTS' } })
    const issues = await contradictingBothTrue(db())
    const pairs = issues.map((issue) => new Set(issue.claimIds))
    expect(pairs).toContainEqual(new Set([ids.knt2023, ids.xc2023a]))
    expect(pairs).toContainEqual(new Set([ids.kpt2022, ids.kinv024]))
    expect(issues[0].reason).toMatch(/사실 True|대체로 사실 Mostly true/)
    await db().claimRelation.deleteMany({ where: { kind: 'CONTRADICTS' } })

    // Rated "Half true": not on the true side, so quiet.
    await db().claim.delete({ where: { id: ids.xc2023a } })
    await craft('xd2023a', '4', { kind: 'PERIOD', start: '2023-01-01', end: '2023-12-31' }, { rating: 'Half true' })
    expect(await contradictingBothTrue(db())).toEqual([])
  })

  it('a claim whose value differs from the dataset-derived value for its window and definition', async () => {
    const epoch = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-EPOCH' } })
    const snapshot = await db().datasetSnapshot.create({
      data: { sourceId: epoch.id, format: 'epoch-notable-models', fileName: 't.csv', fileSha256: 'x', rowCount: 3, asOf: day('2025-04-10') },
    })
    const row = (model: string, date: string, countries = ['Korea (Republic of)']) => ({
      snapshotId: snapshot.id,
      lineNumber: 1,
      model,
      publicationDate: day(date),
      countries,
    })
    // 16 Korean models up to 2025-04-10 (the claim says 17), one after it, one not Korean.
    await db().datasetRow.createMany({
      data: [
        ...Array.from({ length: 16 }, (_, i) => row(`k${i}`, `20${10 + (i % 14)}-06-01`)),
        row('late', '2025-05-01'),
        row('us', '2020-01-01', ['United States of America']),
      ],
    })
    const issues = await differsFromDataset(db())
    expect(issues).toEqual([
      {
        kind: 'DIFFERS_FROM_DATASET',
        claimIds: [ids.kntcumu],
        reason: expect.stringContaining('kntcumu says 17, but the Notable AI Models (database) snapshot of 2025-04-10 gives 16'),
      },
    ])

    // "At least 10" up to the same date is not a count of 10: no mismatch is claimed for it.
    await craftFigures('xw2025a', [{ value: '10', bound: 'AT_LEAST', cumulativeTo: '2025-04-10' }])
    await db().claimQuantity.updateMany({
      where: { claimId: ids.xw2025a },
      data: { metricDefinitionId: (await notable()).definitions.find((d) => d.name === 'Epoch AI notable list, all years')!.id },
    })
    expect((await differsFromDataset(db())).map((issue) => issue.claimIds)).toEqual([[ids.kntcumu]])

    // One more Korean model and the claim agrees: quiet.
    await db().datasetRow.create({ data: row('k16', '2024-12-01') })
    expect(await differsFromDataset(db())).toEqual([])
  })
})
