// Misattributed figures (issue 14, item 8) and reader figures by kind (item 6), on the demo dataset plus one
// invented claim: "전국 대학 47곳이 참여했다", where 47 is the number of participating universities in one province.
// The action (who may, validation, audit), the reader page in Korean and English, and the metric page leaving the
// figure out.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { metricPointWhere } from '../../lib/claims/visibility'
import { db } from '../../lib/db/client'
import { recordMisattribution } from '../../lib/relations/actions'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

// The reader's language comes from the `lang` cookie (lib/i18n/server.ts): each render sets it.
const request = vi.hoisted(() => ({ lang: undefined as string | undefined }))
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (name === 'lang' && request.lang ? { name, value: request.lang } : undefined), getAll: () => [] }),
  headers: async () => new Headers(),
}))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')

async function render(shortId: string, lang: 'ko' | 'en'): Promise<string> {
  request.lang = lang
  try {
    return renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId, slug: undefined }) })))
  } catch (error) {
    // The page redirects a missing slug to the canonical address: render that one.
    const digest = String((error as { digest?: string }).digest)
    const slug = /\/c\/[a-z0-9]+\/([^;]+)/.exec(digest)?.[1]
    if (!slug) throw error
    return renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId, slug: [slug] }) })))
  }
}

/** The page's text without tags or React's text separators, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')

const KO = '47곳은 전국 대학 수가 아니라 ○○도 한 곳의 참여 대학 수입니다.'
const EN = '47 is not the number of universities nationwide but the number of participating universities in one province.'

const ids: Record<string, string> = {}
let quantityId = ''
let metricId = ''

beforeAll(async () => {
  await loadDemoDataset(db())
  const rating = await db().rating.findFirstOrThrow({ where: { scale: { isDefault: true } } })
  const metric = await db().metric.create({ data: { slug: 'universities-participating', nameKo: '참여 대학 수', nameEn: 'Participating universities', unit: '곳' } })
  metricId = metric.id
  const source = await db().source.create({ data: { kind: 'DATASET', publisher: '교육부', title: '참여 대학 현황', url: 'https://example.org/universities.csv' } })
  const claim = await db().claim.create({
    data: {
      shortId: 'uni47cl',
      slug: 'forty-seven-universities',
      text: '전국 대학 47곳이 참여했다.',
      translation: '47 universities nationwide took part.',
      status: 'PUBLISHED',
      quantities: {
        create: {
          position: 0,
          kind: 'COUNT',
          value: '47',
          decimals: 0,
          statedText: '47곳',
          unit: '곳',
          subject: '전국',
          metricId: metric.id,
          windowKind: 'POINT',
          windowEnd: new Date('2025-03-01T00:00:00Z'),
        },
      },
      evidence: { create: { sourceId: source.id, stance: 'CONTRADICTS', excerpt: '○○도 참여 대학 47곳' } },
      verdict: { create: { ratingId: rating.id, summary: '수치는 맞지만 대상이 다르다.', status: 'PUBLISHED', revisions: { create: { number: 1, ratingId: rating.id, summary: '수치는 맞지만 대상이 다르다.', analysis: '' } } } },
    },
    include: { quantities: true },
  })
  quantityId = claim.quantities[0]!.id
  ids.uni47cl = claim.id
  ids.source = source.id
  for (const c of await db().claim.findMany({ select: { id: true, shortId: true } })) ids[c.shortId] = c.id
})

beforeEach(async () => {
  await db().claimRelation.deleteMany({ where: { kind: 'MISATTRIBUTED' } })
})

const valid = () => ({
  claimId: ids.uni47cl!,
  quantityId,
  claimedAsKo: '전국 대학 수',
  claimedAsEn: 'the number of universities nationwide',
  actualKo: '○○도 한 곳의 참여 대학 수',
  actualEn: 'the number of participating universities in one province',
  actualSubject: '○○도',
  actualMetricId: metricId,
  actualWindowKind: 'POINT',
  actualWindowEnd: '2025-03-01',
  actualDefinition: '사업에 참여한 4년제 대학',
  sourceId: ids.source!,
})

describe('recording a misattributed figure: who may', () => {
  it('every desk role records one; signed out is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      await db().claimRelation.deleteMany({ where: { kind: 'MISATTRIBUTED' } })
      const result = await recordMisattribution.execute(caller, valid())
      const rows = await db().claimRelation.count({ where: { kind: 'MISATTRIBUTED' } })
      if (who === 'signed out') {
        expect(result).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
        expect(rows).toBe(0)
      } else {
        expect(result.status).toBe('ok')
        expect(rows).toBe(1)
      }
    }
  })
})

describe('recording a misattributed figure', () => {
  it('stores what the figure actually counts for that quantity, and audits it', async () => {
    const editor = await makeUser('EDITOR')
    const result = await recordMisattribution.execute(editor, { ...valid(), otherClaim: 'kinv024' })
    if (result.status !== 'ok') throw new Error(JSON.stringify(result))
    const row = await db().claimRelation.findUniqueOrThrow({ where: { quantityId } })
    expect(row).toMatchObject({
      kind: 'MISATTRIBUTED',
      fromClaimId: ids.uni47cl,
      toClaimId: ids.kinv024,
      actualKo: '○○도 한 곳의 참여 대학 수',
      actualSubject: '○○도',
      actualMetricId: metricId,
      actualWindowKind: 'POINT',
      actualWindowStart: null,
      actualWindowEnd: new Date('2025-03-01T00:00:00Z'),
      sourceId: ids.source,
      createdById: editor.id,
    })
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'relation.misattribute', entityId: row.id } })
    expect(audit.actorId).toBe(editor.id)
    expect(audit.data).toMatchObject({ after: { quantityId, actualEn: 'the number of participating universities in one province', toClaimId: ids.kinv024 } })
  })

  it('refuses what it cannot mean, with the field that is wrong, and writes nothing', async () => {
    const editor = await makeUser('EDITOR')
    const cases: [Record<string, unknown>, string][] = [
      [{ actualKo: '' }, 'actualKo'],
      [{ actualEn: '   ' }, 'actualEn'],
      [{ claimedAsEn: '' }, 'claimedAsEn'],
      [{ actualWindowKind: 'PERIOD', actualWindowStart: '2025-03-01', actualWindowEnd: '2024-03-01' }, 'actualWindowEnd'],
      [{ actualWindowKind: '' }, 'actualWindowKind'],
      [{ actualWindowKind: 'POINT', actualWindowEnd: '' }, 'actualWindowEnd'],
      [{ actualWindowEnd: '2025-02-30' }, 'actualWindowEnd'],
    ]
    for (const [change, field] of cases) {
      const result = await recordMisattribution.execute(editor, { ...valid(), ...change })
      expect(result.status, JSON.stringify(change)).toBe('invalid')
      if (result.status === 'invalid') expect(Object.keys(result.fieldErrors), JSON.stringify(change)).toContain(field)
    }
    expect(await db().claimRelation.count({ where: { kind: 'MISATTRIBUTED' } })).toBe(0)
  })

  it('refuses a quantity of another claim, the claim itself as what shows it, unknown claims and a second record', async () => {
    const editor = await makeUser('EDITOR')
    const otherQuantity = await db().claimQuantity.findFirstOrThrow({ where: { claimId: ids.kinv024 } })
    const refused = [
      await recordMisattribution.execute(editor, { ...valid(), quantityId: otherQuantity.id }),
      await recordMisattribution.execute(editor, { ...valid(), otherClaim: 'uni47cl' }),
      await recordMisattribution.execute(editor, { ...valid(), otherClaim: 'zzzzzzz' }),
      await recordMisattribution.execute(editor, { ...valid(), sourceId: 'no-such-source' }),
    ]
    expect(refused.map((r) => r.status)).toEqual(['error', 'error', 'error', 'error'])
    expect(await db().claimRelation.count({ where: { kind: 'MISATTRIBUTED' } })).toBe(0)
    expect((await recordMisattribution.execute(editor, valid())).status).toBe('ok')
    const twice = await recordMisattribution.execute(editor, valid())
    expect(twice).toMatchObject({ status: 'error', message: expect.stringContaining('already has what it actually counts recorded') })
    expect(await db().claimRelation.count({ where: { kind: 'MISATTRIBUTED' } })).toBe(1)
  })

  it('the database refuses a misattribution without its quantity, and another kind without its other claim', async () => {
    await expect(db().claimRelation.create({ data: { kind: 'MISATTRIBUTED', fromClaimId: ids.uni47cl!, actualKo: 'a', actualEn: 'b' } })).rejects.toThrow(
      /claim_relations_kind_fields_check/,
    )
    await expect(db().claimRelation.create({ data: { kind: 'CONTRADICTS', fromClaimId: ids.uni47cl! } })).rejects.toThrow(/claim_relations_kind_fields_check/)
  })
})

describe('the reader page', () => {
  it('writes figures by kind in the reader language: money, rate and rank', async () => {
    const [invKo, invEn] = [text(await render('kinv024', 'ko')), text(await render('kinv024', 'en'))]
    expect(invKo).toContain('13억 달러')
    expect(invEn).toContain('US$1.3 billion')
    const [patKo, patEn] = [text(await render('kpt2023', 'ko')), text(await render('kpt2023', 'en'))]
    expect(patKo).toContain('10만 명당 17.27건')
    expect(patEn).toContain('17.27 per 100,000 people')
    expect(patKo).toMatch(/값 1위/)
    expect(patEn).toMatch(/Value 1st/)
    // The window in the reader's language, at the precision it has: a calendar year.
    expect(patKo).toContain('기간 2023년')
    expect(patEn).toContain('Window 2023')
    // Figures never break across lines.
    expect(await render('kpt2023', 'en')).toMatch(/<span class="whitespace-nowrap" data-testid="figure">17\.27 per 100,000 people<\/span>/)
  })

  it('a figure without a misattribution is shown as the claim states it, with its window, subject and metric', async () => {
    const page = text(await render('uni47cl', 'ko'))
    expect(page).toContain('값 47곳')
    expect(page).toContain('대상 전국')
    expect(page).toContain('기간 2025년 3월 1일 기준')
    expect(page).not.toContain('주장된 수치')
  })

  it('shows a misattributed figure as claimed, next to what it actually counts, in Korean and in English', async () => {
    const editor = await makeUser('EDITOR')
    const result = await recordMisattribution.execute(editor, { ...valid(), otherClaim: 'kinv024' })
    expect(result.status).toBe('ok')
    const [koHtml, enHtml] = [await render('uni47cl', 'ko'), await render('uni47cl', 'en')]
    const [ko, en] = [text(koHtml), text(enHtml)]
    expect(ko).toContain(KO)
    expect(en).toContain(EN)
    expect(ko).toContain('주장된 수치 47곳')
    expect(en).toContain('As claimed 47')
    // Not in the fact box as an established value: no "값 47곳" row, and the wrong label (subject 전국) is not shown.
    expect(koHtml).not.toContain('data-testid="quantity"')
    expect(ko).not.toContain('값 47곳')
    expect(ko).not.toContain('대상 전국')
    // What it really belongs to, and what shows it (the source this claim cites; the claim with a verdict page).
    expect(ko).toContain('실제 대상 ○○도')
    expect(ko).toContain('실제 기간 2025년 3월 1일 기준')
    expect(en).toContain('Actual window as of 1 March 2025')
    expect(ko).toContain('교육부, 참여 대학 현황')
    expect(koHtml).toMatch(/href="\/c\/kinv024\//)
    // Its metric has no other point, so its page is not public and is not linked.
    expect(koHtml).not.toContain('/metrics/universities-participating')
  })

  it('names the claim that shows it only when that claim has a verdict page', async () => {
    await db().claim.update({ where: { id: ids.knt2023 }, data: { status: 'RESEARCHING' } })
    try {
      const editor = await makeUser('EDITOR')
      expect((await recordMisattribution.execute(editor, { ...valid(), otherClaim: 'knt2023', sourceId: '' })).status).toBe('ok')
      const html = await render('uni47cl', 'ko')
      expect(text(html)).toContain(KO)
      expect(html).not.toContain('/c/knt2023/')
      const box = html.slice(html.indexOf('data-testid="misattributed-quantity"'), html.indexOf('id="verdict-heading"'))
      expect(text(box)).toContain('실제 대상 ○○도')
      expect(text(box)).not.toContain('근거')
    } finally {
      await db().claim.update({ where: { id: ids.knt2023 }, data: { status: 'PUBLISHED' } })
    }
  })
})

describe('metric pages', () => {
  it('do not plot a misattributed figure on the metric it was attributed to', async () => {
    const plotted = () => db().claimQuantity.count({ where: { ...metricPointWhere, metricId } })
    expect(await plotted()).toBe(1)
    const editor = await makeUser('EDITOR')
    expect((await recordMisattribution.execute(editor, valid())).status).toBe('ok')
    expect(await plotted()).toBe(0)
  })
})
