// Verdicts in two languages: the migration keeps existing verdicts as Korean-only, the English translation is
// saved, diffed, published and audited with the verdict, and open data (API, export, feeds) gives both with null
// where there is none. Also the analysis's Markdown: GFM tables render, raw HTML still does not.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import pg from 'pg'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { GET as getClaim } from '../../app/api/v1/claims/[id]/route'
import { GET as listClaims } from '../../app/api/v1/claims/route'
import { GET as exportData } from '../../app/api/v1/export/route'
import { GET as atom } from '../../app/atom.xml/route'
import { GET as rss } from '../../app/feed.xml/route'
import { Markdown } from '../../components/Markdown'
import { VerdictBody } from '../../components/VerdictBody'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import { migrate, readMigrations } from '../../lib/db/migrate'
import { loadDemoDataset } from '../../lib/seed/demo'
import { publish, saveDraft, submitForReview } from '../../lib/verdicts/actions'
import { claimCitations, reviewQueue } from '../../lib/verdicts/queries'
import { ENGLISH_SUMMARY_REQUIRED } from '../../lib/verdicts/schema'
import { createDatabase, dropDatabase } from '../support/databases'
import { parseFeed } from '../support/feedparser'
import { described } from '../support/openapi'
import { makeUser } from '../support/users'

const BASE = 'http://localhost:3000'
const MIGRATION = '20261203120000_bilingual_verdicts'
const serverUrl = inject('serverUrl')

let author: Actor
let reviewer: Actor
let ratingId: string
let sourceId: string
/** Two published claims of this file's own: one with an English translation, one without. */
let translated: { id: string; shortId: string }
let untranslated: { id: string; shortId: string }

let counter = 0
async function newClaim() {
  counter += 1
  return db().claim.create({
    data: {
      shortId: `bil${String(counter).padStart(4, '0')}`,
      slug: `bilingual-${counter}`,
      text: `이중 언어 판정 시험 ${counter}`,
      status: 'RESEARCHING',
      evidence: { create: [{ sourceId, stance: 'SUPPORTS', excerpt: 'Korea: 1 notable model' }] },
    },
    select: { id: true, shortId: true },
  })
}

const verdictOf = (claimId: string) => db().verdict.findUniqueOrThrow({ where: { claimId } })

async function draftAndPublish(claimId: string, form: Record<string, string>) {
  const saved = await saveDraft.execute(author, { claimId, ratingId, summary: '한국어 요약.', analysis: '한국어 분석 [^AI-Index-Report-2024].', ...form })
  expect(saved.status, JSON.stringify(saved)).toBe('ok')
  let verdict = await verdictOf(claimId)
  expect((await submitForReview.execute(author, { verdictId: verdict.id, version: verdict.version })).status).toBe('ok')
  verdict = await verdictOf(claimId)
  const published = await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version })
  expect(published.status, JSON.stringify(published)).toBe('ok')
}

beforeAll(async () => {
  await loadDemoDataset(db())
  author = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER')
  ratingId = (await db().rating.findFirstOrThrow({ where: { labelEn: 'Mostly true', scale: { isDefault: true } } })).id
  sourceId = (await db().source.findFirstOrThrow({ where: { title: 'AI Index Report 2024' } })).id
  translated = await newClaim()
  untranslated = await newClaim()
  await draftAndPublish(translated.id, {
    summaryEn: '  The English\nsummary.  ',
    analysisEn: 'The English analysis [^AI-Index-Report-2024].\r\n\r\n| Year | Models |\r\n| --- | --- |\r\n| 2023 | 0 |',
  })
  await draftAndPublish(untranslated.id, { summaryEn: '', analysisEn: '' })
})

describe('the migration', () => {
  const created: string[] = []
  afterAll(async () => {
    await Promise.all(created.map((url) => dropDatabase(serverUrl, url)))
  })

  function migrationsDir(names: (name: string) => boolean) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
    for (const migration of readMigrations().filter((m) => names(m.name))) {
      mkdirSync(path.join(dir, migration.name))
      writeFileSync(path.join(dir, migration.name, 'migration.sql'), migration.sql)
    }
    return dir
  }

  it('keeps every verdict and revision as it was, in Korean, with no English translation', async () => {
    const url = await createDatabase(serverUrl, { empty: true })
    created.push(url)
    await migrate(url, { dir: migrationsDir((name) => name < MIGRATION) })
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`
        INSERT INTO rating_scales (id, name) VALUES ('scale', 'Scale');
        INSERT INTO ratings (id, scale_id, position, label_ko, label_en, colour) VALUES ('r1', 'scale', 1, '사실', 'True', '#000000');
        INSERT INTO claims (id, short_id, slug, text, status, updated_at) VALUES ('c1', 'mig0001', 'm', '주장', 'PUBLISHED', now());
        INSERT INTO verdicts (id, claim_id, rating_id, summary, analysis, status, updated_at) VALUES ('v1', 'c1', 'r1', '요약', '분석', 'PUBLISHED', now());
        INSERT INTO verdict_revisions (id, verdict_id, number, rating_id, summary, analysis, published_at) VALUES
          ('rev1', 'v1', 1, 'r1', '요약', '분석', '2025-01-01T12:00:00Z');`)
      expect(await migrate(url, { dir: migrationsDir((name) => name <= MIGRATION) })).toEqual([MIGRATION])
      const verdicts = await client.query('SELECT id, summary, analysis, summary_en, analysis_en FROM verdicts')
      expect(verdicts.rows).toEqual([{ id: 'v1', summary: '요약', analysis: '분석', summary_en: null, analysis_en: null }])
      const revisions = await client.query('SELECT id, number, summary, analysis, summary_en, analysis_en, published_at FROM verdict_revisions')
      expect(revisions.rows).toEqual([
        { id: 'rev1', number: 1, summary: '요약', analysis: '분석', summary_en: null, analysis_en: null, published_at: new Date('2025-01-01T12:00:00Z') },
      ])
      // Revisions stay immutable after the migration.
      await expect(client.query(`UPDATE verdict_revisions SET summary_en = 'x'`)).rejects.toThrow()
    } finally {
      await client.end()
    }
  })
})

describe('the English translation on the desk', () => {
  it('is saved normalised, published with the revision and recorded in the audit log; empty means none', async () => {
    const verdict = await db().verdict.findUniqueOrThrow({ where: { claimId: translated.id }, include: { revisions: true } })
    expect(verdict.summaryEn).toBe('The English summary.')
    expect(verdict.analysisEn).toBe('The English analysis [^AI-Index-Report-2024].\n\n| Year | Models |\n| --- | --- |\n| 2023 | 0 |')
    expect(verdict.revisions[0]).toMatchObject({ summaryEn: verdict.summaryEn, analysisEn: verdict.analysisEn })
    const created = await db().auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: 'verdict.create' } })
    expect(created.data).toMatchObject({ after: { summaryEn: 'The English summary.' } })

    const none = await db().verdict.findUniqueOrThrow({ where: { claimId: untranslated.id }, include: { revisions: true } })
    expect([none.summaryEn, none.analysisEn, none.revisions[0].summaryEn, none.revisions[0].analysisEn]).toEqual([null, null, null, null])
  })

  it('refuses an English analysis without an English summary, and an unknown citation in the English analysis', async () => {
    const claim = await newClaim()
    const base = { claimId: claim.id, ratingId, summary: '요약.', analysis: '분석.' }
    const noSummary = await saveDraft.execute(author, { ...base, analysisEn: 'An analysis only.' })
    expect(noSummary).toMatchObject({ status: 'invalid', fieldErrors: { summaryEn: [ENGLISH_SUMMARY_REQUIRED] } })
    const unknown = await saveDraft.execute(author, { ...base, summaryEn: 'Summary.', analysisEn: 'Cites [^No-Such-Key].' })
    expect(unknown.status).toBe('error')
    expect(await db().verdict.findUnique({ where: { claimId: claim.id } })).toBeNull()
  })

  it('shows a change to the translation alone in the review diff, and takes it as a change', async () => {
    const before = await verdictOf(translated.id)
    const saved = await saveDraft.execute(author, {
      claimId: translated.id,
      version: String(before.version),
      ratingId,
      summary: before.summary,
      analysis: before.analysis,
      summaryEn: 'The corrected English summary.',
      analysisEn: before.analysisEn!,
    })
    expect(saved.status).toBe('ok')
    const after = await verdictOf(translated.id)
    expect(after.status).toBe('DRAFT')
    expect((await submitForReview.execute(author, { verdictId: after.id, version: after.version })).status).toBe('ok')
    const item = (await reviewQueue()).find((entry) => entry.claim.id === translated.id)!
    expect(item.diff.summary.every((line) => line.op === 'same')).toBe(true)
    expect(item.diff.summaryEn).toEqual([
      { op: 'removed', text: 'The English summary.' },
      { op: 'added', text: 'The corrected English summary.' },
    ])
    expect(item.diff.analysisEn.every((line) => line.op === 'same')).toBe(true)
  })
})

describe('open data gives both languages', () => {
  async function detail(id: string) {
    const url = `${BASE}/api/v1/claims/${id}`
    // The API wraps each answer in { data }.
    return (await described('GET', url, await getClaim(new Request(url), { params: Promise.resolve({ id }) }))).data
  }

  it('GET /api/v1/claims/{id}: summaryEn and analysisEn, null without a translation', async () => {
    const withEn = await detail(translated.shortId)
    expect(withEn.verdict).toMatchObject({ summary: '한국어 요약.', summaryEn: 'The English summary.', analysisEn: expect.stringContaining('| Year | Models |') })
    const without = await detail(untranslated.shortId)
    expect(without.verdict).toMatchObject({ summaryEn: null, analysisEn: null })
    // The demo's verdicts carry their English versions.
    const demo = await detail('kfm2023')
    expect(demo.verdict.summaryEn).toMatch(/database's coverage/)
    expect(demo.verdict.analysisEn).toMatch(/Ecosystem Graphs/)
  })

  it('GET /api/v1/claims and the JSON export: summaryEn (and analysisEn in the export), null without', async () => {
    const url = `${BASE}/api/v1/claims?limit=50`
    const list = await described('GET', url, await listClaims(new Request(url)))
    const byId = new Map(list.data.map((item: { id: string; verdict: unknown }) => [item.id, item.verdict]))
    expect(byId.get(translated.shortId)).toMatchObject({ summaryEn: 'The English summary.' })
    expect(byId.get(untranslated.shortId)).toMatchObject({ summaryEn: null })

    const exportUrl = `${BASE}/api/v1/export`
    const exported = await described('GET', exportUrl, exportData(new Request(exportUrl)))
    const claims = new Map(exported.claims.map((claim: { id: string; verdict: unknown }) => [claim.id, claim.verdict]))
    expect(claims.get(translated.shortId)).toMatchObject({ summaryEn: 'The English summary.', analysisEn: expect.stringContaining('The English analysis') })
    expect(claims.get(untranslated.shortId)).toMatchObject({ summaryEn: null, analysisEn: null })
  })

  it('the CSV export: summary_en and analysis_en columns, empty without a translation', async () => {
    const response = exportData(new Request(`${BASE}/api/v1/export?format=csv`))
    const records: Record<string, string>[] = parse(await response.text(), { bom: true, columns: true })
    const withEn = records.find((record) => record.id === translated.shortId)!
    expect(withEn.summary).toBe('한국어 요약.')
    expect(withEn.summary_en).toBe('The English summary.')
    expect(withEn.analysis).toBe('한국어 분석 [^AI-Index-Report-2024].')
    expect(withEn.analysis_en).toContain('The English analysis')
    const without = records.find((record) => record.id === untranslated.shortId)!
    expect([without.summary_en, without.analysis_en]).toEqual(['', ''])
  })

  it('RSS and Atom: the English summary after the Korean one', async () => {
    for (const handler of [rss, atom]) {
      const feed = parseFeed(await (await handler(new Request(`${BASE}/feed.xml`))).text())
      const withEn = feed.entries.find((item) => item.id?.endsWith(`claim/${translated.shortId}`))!
      expect(withEn.summary).toContain('한국어 요약.')
      expect(withEn.summary!.indexOf('The English summary.')).toBeGreaterThan(withEn.summary!.indexOf('한국어 요약.'))
      const without = feed.entries.find((item) => item.id?.endsWith(`claim/${untranslated.shortId}`))!
      expect(without.summary).toContain('한국어 요약.')
      expect(without.summary).not.toContain('English')
    }
  })
})

describe('the analysis Markdown', () => {
  const render = (analysis: string, locale?: 'ko' | 'en') => renderToStaticMarkup(createElement(Markdown, { children: analysis, locale }))

  it('renders GFM tables, and still never raw HTML', () => {
    const html = render('| Year | Models |\n| --- | ---: |\n| 2023 | 0 |\n\n<script>alert(1)</script><b onclick="x()">bold</b>')
    expect(html).toContain('<table>')
    expect(html).toMatch(/<th>Year<\/th>/)
    expect(html).toMatch(/<td[^>]*>0<\/td>/)
    expect(html).not.toMatch(/<script|<b |onclick/)
  })

  it('keeps [^KEY] a citation even when a line looks like a GFM footnote definition', async () => {
    const citations = await claimCitations(translated.id)
    const html = renderToStaticMarkup(
      createElement(Markdown, { children: 'Cited [^AI-Index-Report-2024].\n\n[^AI-Index-Report-2024]: typed by hand', citations, locale: 'en' }),
    )
    expect(html).toContain('aria-label="Footnote 1"')
    expect(html).toContain('</sup>: typed by hand')
    expect(html).toContain('aria-label="Footnotes"')
    expect(html).not.toMatch(/user-content-fn|data-footnote/)
    expect(html).not.toContain('각주')
  })

  it('on an English page: the English text marked lang="en", or the Korean one marked lang="ko" and untranslated', () => {
    const body = (props: { summaryEn: string | null; analysisEn: string | null }) =>
      renderToStaticMarkup(createElement(VerdictBody, { rating: null, summary: '한국어 요약', analysis: '한국어 분석', citations: [], locale: 'en', ...props }))
    const english = body({ summaryEn: 'English summary', analysisEn: 'English analysis' })
    expect(english).toMatch(/<p[^>]*lang="en"[^>]*>English summary<\/p>/)
    expect(english).toMatch(/lang="en" data-testid="verdict-analysis"/)
    expect(english).not.toContain('한국어')
    expect(english).not.toContain('verdict-untranslated')
    const korean = body({ summaryEn: null, analysisEn: null })
    expect(korean).toMatch(/<p[^>]*lang="ko"[^>]*>한국어 요약<\/p>/)
    expect(korean).toContain('Not translated yet')
    const koPage = renderToStaticMarkup(
      createElement(VerdictBody, { rating: null, summary: '한국어 요약', analysis: '한국어 분석', summaryEn: 'English summary', analysisEn: 'English analysis', citations: [], locale: 'ko' }),
    )
    expect(koPage).not.toContain('English')
  })
})
