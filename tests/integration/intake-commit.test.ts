// The intake page's one submit (lib/claim-intake/actions.ts commitIntake), against the real database: every ticked
// figure becomes a claim with its quantity and an appearance, or an appearance of an existing claim, in one
// transaction with audit events; a refusal anywhere writes nothing; running it again duplicates nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { commitIntake } from '../../lib/claim-intake/actions'
import { analyse } from '../../lib/claim-intake/analyse'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { makeUser } from '../support/users'

let editor: Actor
beforeAll(async () => {
  await loadDemoDataset(db())
  editor = await makeUser('EDITOR')
})

let counter = 0
const unique = (text: string) => `${text} (${++counter})`

/** A candidate as the review form sends it, with a new claim's quantity. */
function newFigure(i: number, text: string, figure: Record<string, string> = {}) {
  return Object.fromEntries(
    Object.entries({ include: 'on', choice: 'new', text, quote: text, kind: 'COUNT', value: '412', unit: '곳', subject: 'Korea', windowKind: 'PERIOD', windowStart: '2024-01-01', windowEnd: '2024-12-31', ...figure }).map(
      ([field, value]) => [`candidates.${i}.${field}`, value],
    ),
  )
}
const appearanceOf = (i: number, claimId: string, quote: string) => ({
  [`candidates.${i}.include`]: 'on',
  [`candidates.${i}.choice`]: `claim:${claimId}`,
  [`candidates.${i}.quote`]: quote,
})

const newSource = () => db().source.create({ data: { kind: 'NEWS', title: unique('가상통신 기사'), publisher: '가상통신' } })
const demoClaim = (shortId: string) => db().claim.findUniqueOrThrow({ where: { shortId } })

describe('commitIntake', () => {
  it('creates N claims with their quantity and appearance, and M appearances of existing claims, with audit events', async () => {
    const source = await newSource()
    const invest = await demoClaim('kinv024')
    const patents = await demoClaim('kpt2023')
    const texts = [unique('국내 AI 스타트업은 지난해 412곳이었다.'), unique('AI 분야 신규 채용은 1만 2천 명이었다.'), unique('AI 반도체 수출액은 지난해 98억 달러였다.')]
    const auditsBefore = await db().auditEvent.count()
    const result = await commitIntake.execute(editor, {
      sourceId: source.id,
      published: '2025-04-08',
      language: 'ko',
      ...newFigure(0, texts[0]),
      ...newFigure(1, texts[1], { value: '12000', unit: '명', decimals: '-3', statedText: '1만 2천 명' }),
      ...newFigure(2, texts[2], { kind: 'MONEY', value: '9800000000', unit: '', currency: 'USD', decimals: '-8' }),
      ...appearanceOf(3, invest.id, '한국의 민간 AI 투자액은 지난해 13억 달러로 집계됐다.'),
      ...appearanceOf(4, patents.id, '한국의 인구 10만 명당 AI 특허 수는 17.27건이었다.'),
      // Unticked: skipped, and not checked any further.
      'candidates.5.text': '',
    })
    expect(result.status).toBe('ok')
    if (result.status !== 'ok') return
    expect(result.data).toMatchObject({ sourceId: source.id, sourceCreated: false, appearancesAdded: 5, appearancesOfExisting: 2, appearancesKept: 0 })
    expect(result.data.created).toHaveLength(3)

    const claims = await db().claim.findMany({
      where: { text: { in: texts } },
      include: { quantities: true, appearances: true },
      orderBy: { text: 'asc' },
    })
    expect(claims).toHaveLength(3)
    for (const claim of claims) {
      expect(claim).toMatchObject({ language: 'ko', createdById: editor.id, firstSeenAt: new Date('2025-04-08T00:00:00Z') })
      expect(claim.quantities).toHaveLength(1)
      expect(claim.quantities[0]).toMatchObject({ position: 0, subject: 'Korea', windowKind: 'PERIOD' })
      expect(claim.appearances).toEqual([expect.objectContaining({ sourceId: source.id, quote: claim.text, note: null, appearedAt: new Date('2025-04-08T00:00:00Z') })])
    }
    const money = claims.find((c) => c.text === texts[2])!.quantities[0]
    expect({ kind: money.kind, value: money.value?.toString(), currency: money.currency, decimals: money.decimals }).toEqual({ kind: 'MONEY', value: '9800000000', currency: 'USD', decimals: -8 })
    const people = claims.find((c) => c.text === texts[1])!.quantities[0]
    expect({ statedText: people.statedText, decimals: people.decimals, unit: people.unit }).toEqual({ statedText: '1만 2천 명', decimals: -3, unit: '명' })

    for (const [claim, quote] of [[invest, '한국의 민간 AI 투자액은 지난해 13억 달러로 집계됐다.'], [patents, '한국의 인구 10만 명당 AI 특허 수는 17.27건이었다.']] as const) {
      const appearance = await db().appearance.findUniqueOrThrow({ where: { claimId_sourceId: { claimId: claim.id, sourceId: source.id } } })
      expect(appearance).toMatchObject({ quote, note: null })
    }
    const events = await db().auditEvent.findMany({ where: { actorId: editor.id }, orderBy: { createdAt: 'asc' } })
    expect(await db().auditEvent.count()).toBe(auditsBefore + 8)
    expect(events.filter((e) => e.action === 'claim.create').map((e) => e.entityId).sort()).toEqual(claims.map((c) => c.id).sort())
    expect(events.filter((e) => e.action === 'appearance.add')).toHaveLength(5)
  })

  it('writes nothing when one candidate in the middle is refused, and says which field', async () => {
    const source = await newSource()
    const texts = [unique('첫 수치 문장 412곳.'), unique('셋째 수치 문장 98곳.')]
    const before = { claims: await db().claim.count(), appearances: await db().appearance.count(), audits: await db().auditEvent.count() }
    const invalid = await commitIntake.execute(editor, {
      sourceId: source.id,
      published: '2025-04-08',
      language: 'ko',
      ...newFigure(0, texts[0]),
      // Money without its currency.
      ...newFigure(1, unique('둘째 수치 문장 13억 달러.'), { kind: 'MONEY', value: '1300000000' }),
      ...newFigure(2, texts[1], { value: '98' }),
    })
    expect(invalid).toMatchObject({ status: 'invalid', fieldErrors: { 'candidates.1.currency': [expect.any(String)] } })

    // Valid input, but the existing claim chosen for the second figure is gone: the first claim is rolled back too.
    const conflict = await commitIntake.execute(editor, {
      sourceId: source.id,
      published: '2025-04-08',
      language: 'ko',
      ...newFigure(0, texts[0]),
      ...appearanceOf(1, 'no-such-claim', '사라진 주장 문장.'),
      ...newFigure(2, texts[1], { value: '98' }),
    })
    expect(conflict.status).toBe('error')
    expect(await db().claim.count()).toBe(before.claims)
    expect(await db().appearance.count()).toBe(before.appearances)
    expect(await db().auditEvent.count()).toBe(before.audits)
    expect(await db().claim.count({ where: { text: { in: texts } } })).toBe(0)
  })

  it('running intake again on the same source creates no claim and no appearance twice', async () => {
    const source = await newSource()
    const invest = await demoClaim('kinv024')
    const text = unique('정부는 올해 AI 예산으로 1조 8천억 원을 편성했다.')
    const submit = () =>
      commitIntake.execute(editor, {
        sourceId: source.id,
        published: '2025-04-08',
        language: 'ko',
        ...newFigure(0, text, { kind: 'MONEY', value: '1800000000000', unit: '', currency: 'KRW' }),
        ...appearanceOf(1, invest.id, '한국의 민간 AI 투자액은 지난해 13억 달러로 집계됐다.'),
      })
    const first = await submit()
    expect(first).toMatchObject({ status: 'ok', data: { appearancesAdded: 2, appearancesKept: 0 } })
    const again = await submit()
    expect(again).toMatchObject({ status: 'ok', data: { created: [], appearancesAdded: 0, appearancesKept: 2 } })
    if (again.status === 'ok' && first.status === 'ok') expect(again.data.reused.map((c) => c.id)).toEqual(first.data.created.map((c) => c.id))
    expect(await db().claim.count({ where: { text } })).toBe(1)
    expect(await db().appearance.count({ where: { sourceId: source.id } })).toBe(2)
  })

  it('recognises a figure logged before from this source even when the editor words the claim differently now', async () => {
    const source = await newSource()
    const quote = unique('국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.')
    const submit = (text: string) =>
      commitIntake.execute(editor, { sourceId: source.id, published: '2025-04-08', language: 'ko', ...newFigure(0, text, { quote, statedText: '412곳' }) })
    const first = await submit(quote)
    const again = await submit(unique('한국의 AI 스타트업 수는 412곳이다.'))
    expect(first).toMatchObject({ status: 'ok', data: { appearancesAdded: 1 } })
    expect(again).toMatchObject({ status: 'ok', data: { created: [], appearancesAdded: 0, appearancesKept: 1 } })
    if (first.status === 'ok' && again.status === 'ok') expect(again.data.reused.map((c) => c.id)).toEqual(first.data.created.map((c) => c.id))
    expect(await db().appearance.count({ where: { sourceId: source.id } })).toBe(1)
    // Another figure of the same sentence is another claim.
    const other = await commitIntake.execute(editor, { sourceId: source.id, published: '2025-04-08', language: 'ko', ...newFigure(0, quote, { quote, statedText: '지난해', value: '1' }) })
    expect(other).toMatchObject({ status: 'ok', data: { appearancesKept: 1 } })
  })

  it('puts a figure on the metric chosen for it, and refuses a metric that is gone', async () => {
    const source = await newSource()
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'ai-patents-per-100k' } })
    const text = unique('한국은 인구 10만 명당 AI 특허 수 17.27건으로 집계됐다.')
    const base = { sourceId: source.id, published: '2025-04-08', language: 'ko' }
    const ok = await commitIntake.execute(editor, { ...base, ...newFigure(0, text, { kind: 'COUNT', value: '17.27', metricId: metric.id }) })
    expect(ok.status).toBe('ok')
    expect(await db().claimQuantity.findFirstOrThrow({ where: { claim: { text } } })).toMatchObject({ metricId: metric.id })
    const gone = await commitIntake.execute(editor, { ...base, ...newFigure(0, unique(text), { metricId: 'no-such-metric' }) })
    expect(gone.status).toBe('error')
  })

  it('makes a NEWS source with the pasted text once, and finds it again for the same text', async () => {
    const pasted = `${unique('가상통신 AI 기사')}\n국내 AI 스타트업은 지난해 412곳이었다.`
    const form = { text: pasted, title: '가상통신 AI 기사', publisher: '가상통신', published: '2025-04-08', language: 'ko', ...newFigure(0, unique('국내 AI 스타트업은 지난해 412곳이었다.')) }
    const first = await commitIntake.execute(editor, form)
    const second = await commitIntake.execute(editor, form)
    expect(first).toMatchObject({ status: 'ok', data: { sourceCreated: true } })
    expect(second).toMatchObject({ status: 'ok', data: { sourceCreated: false, created: [], appearancesKept: 1 } })
    if (first.status !== 'ok') return
    const source = await db().source.findUniqueOrThrow({ where: { id: first.data.sourceId }, include: { currentCopy: true } })
    expect(source).toMatchObject({ kind: 'NEWS', title: '가상통신 AI 기사', publisher: '가상통신', language: 'ko' })
    expect(source.currentCopy).toMatchObject({ method: 'PASTED', text: pasted })
  })

  it('refuses the signed-out and the deactivated, and lets an EDITOR through', async () => {
    const deactivated = await makeUser('ADMIN', { active: false })
    expect(await commitIntake.execute(null, {})).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
    expect(await commitIntake.execute(deactivated, {})).toEqual({ status: 'forbidden', message: NOT_ALLOWED })
    expect((await commitIntake.execute(editor, {})).status).toBe('invalid')
  })
})

describe('analyse', () => {
  it('lists figures by sentence with the desk claims they may repeat, by figure and by wording', async () => {
    const result = await analyse({
      origin: 'paste',
      pasted: '<html><body><nav>메뉴 1 2 3</nav><article><h1>AI 투자</h1><p>한국의 민간 AI 투자액은 지난해 13억 달러로 집계됐다. 국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다. 정부는 올해 AI 예산으로 1조 8천억 원을 편성했다. 생성형 AI를 업무에 쓰는 직장인 비율은 지난해 37.5%였다.</p></article></body></html>',
      published: '2025-04-08',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.analysis.language).toBe('ko')
    expect(result.analysis.text).not.toContain('메뉴')
    const invest = result.analysis.candidates.find((c) => c.figure === '13억 달러')!
    expect(invest.before + invest.figure + invest.after).toBe(invest.quote)
    const invested = await demoClaim('kinv024')
    expect(invest.matches[0]).toMatchObject({ claimId: invested.id, by: 'figure', relation: 'EQUAL' })
    expect(invest.logged).toBeNull()
  })

  it('guesses the metric from the sentence, matches on it, and marks what an earlier intake of the text logged', async () => {
    const sentence = '한국은 지난해 인구 10만 명당 AI 특허 수 17.27건으로 집계됐다.'
    const pasted = `${unique('특허 기사')}\n${sentence}`
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'ai-patents-per-100k' } })
    const read = async () => {
      const result = await analyse({ origin: 'paste', pasted, published: '2024-04-20' })
      if (!result.ok) throw new Error(result.message)
      return result.analysis.candidates.find((c) => c.figure.includes('17.27'))!
    }
    const before = await read()
    expect(before.metricGuesses[0]).toMatchObject({ id: metric.id, shared: expect.arrayContaining(['특허']) })
    expect(before.metricId).toBe(metric.id)
    expect(before.logged).toBeNull()
    // The demo's claim is on that metric, for 2023: "지난해" in an article of April 2024.
    const patents = await demoClaim('kpt2023')
    expect(before.matches[0]).toMatchObject({ claimId: patents.id, by: 'figure', sameMetric: true })

    const committed = await commitIntake.execute(editor, {
      text: pasted,
      title: '특허 기사',
      publisher: '가상통신',
      published: '2024-04-20',
      language: 'ko',
      ...newFigure(0, sentence, { quote: before.quote, statedText: before.figure, kind: 'RATE', value: '17.27', per: '100000', metricId: metric.id }),
    })
    expect(committed.status).toBe('ok')
    if (committed.status !== 'ok') return
    const after = await read()
    expect(after.logged).toEqual({ claimId: committed.data.created[0].id, shortId: committed.data.created[0].shortId })
  })

  it('answers a missing text with a field error', async () => {
    expect(await analyse({ origin: 'paste', pasted: '  ' })).toMatchObject({ ok: false, fieldErrors: { pasted: [expect.any(String)] } })
    expect(await analyse({ origin: 'source' })).toMatchObject({ ok: false, fieldErrors: { sourceId: [expect.any(String)] } })
  })
})
