// Every surface readers reach signed out shows exactly the claims readers may see (lib/claims/visibility.ts), with
// a claim in each unpublished state in the same database, all of them on one public metric with distinctive text.
// The states are written straight into the database, as the desk could leave them (or could before the status
// stopped being settable by hand): what matters here is what readers get from each state.
import { parse } from 'csv-parse/sync'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import type { ClaimStatus, VerdictStatus } from '../../lib/db/generated/enums'
import { giveCopy } from '../support/copies'
import { described } from '../support/openapi'

const BASE = 'http://localhost:3000'
process.env.NEXTAUTH_URL = BASE

const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { default: LegacyClaimPage } = await import('../../app/(public)/claims/[shortId]/[[...slug]]/page')
const { GET: shareCard } = await import('../../app/(public)/c/[shortId]/card/[revision]/route')
const { GET: archivedCopy } = await import('../../app/(public)/sources/[id]/archived/route')
const metricPage = await import('../../app/(public)/metrics/[slug]/page')
const { default: HomePage } = await import('../../app/(public)/page')
const { default: SearchPage } = await import('../../app/(public)/search/page')
const embedPage = await import('../../app/embed/c/[shortId]/page')
const { GET: rss } = await import('../../app/feed.xml/route')
const { GET: atom } = await import('../../app/atom.xml/route')
const { GET: listClaims } = await import('../../app/api/v1/claims/route')
const { GET: getClaim } = await import('../../app/api/v1/claims/[id]/route')
const { GET: exportData } = await import('../../app/api/v1/export/route')
const { GET: oembed } = await import('../../app/api/oembed/route')
const { browseFacets } = await import('../../lib/reader/queries')
const { hasVerdictPageSql, hasVerdictPageWhere, listedSql, listedWhere } = await import('../../lib/claims/visibility')

/**
 * The claims, by short id, in each state. `verdict` is the verdict row's status, `revision` whether a revision was
 * ever published (readers see revisions, never the verdict row).
 */
const STATES: Record<string, { status: ClaimStatus; verdict?: VerdictStatus; revision?: boolean; metric?: 'hidden'; duplicate?: boolean; underResearch?: boolean; value: string }> = {
  visokay: { status: 'PUBLISHED', verdict: 'PUBLISHED', revision: true, value: '11' },
  // Published, then redrafted: readers keep seeing the published revision.
  visredr: { status: 'PUBLISHED', verdict: 'DRAFT', revision: true, value: '12' },
  // The attack: status set to PUBLISHED on the claim form, only a draft verdict, an invented value.
  vishand: { status: 'PUBLISHED', verdict: 'DRAFT', value: '999' },
  vishrev: { status: 'PUBLISHED', verdict: 'IN_REVIEW', value: '998' },
  visnove: { status: 'PUBLISHED', value: '997' },
  visdraf: { status: 'RESEARCHING', verdict: 'DRAFT', value: '13' },
  visrevw: { status: 'IN_REVIEW', verdict: 'IN_REVIEW', value: '14' },
  visarch: { status: 'ARCHIVED', verdict: 'PUBLISHED', revision: true, value: '15' },
  // Published, then merged into visokay: its permalink leads there, and it is not listed a second time.
  visdupl: { status: 'PUBLISHED', verdict: 'PUBLISHED', revision: true, duplicate: true, value: '16' },
  // A permalink with the "under research" notice, never listed.
  visunre: { status: 'RESEARCHING', underResearch: true, value: '17' },
  // A permalink with the withdrawal notice; lists leave it out.
  viswith: { status: 'PUBLISHED', verdict: 'WITHDRAWN', revision: true, value: '18' },
  // On a metric no listed claim uses: its page is 404.
  vishmhp: { status: 'PUBLISHED', verdict: 'DRAFT', metric: 'hidden', value: '996' },
  vishmwd: { status: 'PUBLISHED', verdict: 'WITHDRAWN', revision: true, metric: 'hidden', value: '19' },
}
const ALL = Object.keys(STATES).sort()

/** In lists (home, search, filters, feeds, API list, export, metric page, linked related claims). */
const LISTED = ['visokay', 'visredr']
/** With a verdict page of their own (API detail, embed, oEmbed, share card, archived sources). */
const WITH_VERDICT_PAGE = ['visdupl', 'visokay', 'visredr', 'vishmwd', 'viswith'].sort()

const textOf = (shortId: string) => `VISCLAIM ${shortId} 주장`
const slugOf = (shortId: string) => `visclaim-${shortId}`

const ids: Record<string, string> = {}
const sourceIds: Record<string, string> = {}
let claimantId = ''
let ratingId = ''

beforeAll(async () => {
  const scale = await db().ratingScale.create({
    data: { name: 'visibility scale', ratings: { create: { position: 0, labelKo: 'VIS등급', labelEn: 'VISRATING', colour: '#1a7f37', value: 1 } } },
    include: { ratings: true },
  })
  ratingId = scale.ratings[0]!.id
  const metric = {
    public: await db().metric.create({ data: { slug: 'vis-public-metric', nameKo: 'VIS공개지표', nameEn: 'VIS public metric', unit: 'VISUNIT', subject: 'VISSUBJECT' } }),
    hidden: await db().metric.create({ data: { slug: 'vis-hidden-metric', nameKo: 'VIS숨은지표', nameEn: 'VIS hidden metric', unit: 'VISHIDDENUNIT', subject: 'VISHIDDENSUBJECT' } }),
  }
  await db().metric.create({ data: { slug: 'vis-unused-metric', nameKo: 'VIS빈지표', nameEn: 'VIS unused metric', unit: 'VISUNUSEDUNIT' } })
  claimantId = (await db().claimant.create({ data: { name: 'VIS주장자', nameEn: 'VIS claimant' } })).id

  let minute = 0
  for (const shortId of ALL) {
    const state = STATES[shortId]!
    minute += 1
    const source = await db().source.create({
      data: {
        kind: 'NEWS',
        publisher: `VISSOURCE ${shortId}`,
        title: `VISSOURCE ${shortId}`,
        url: `https://example.org/vis/${shortId}`,
      },
    })
    await giveCopy(source.id, { text: `archived ${shortId}` })
    sourceIds[shortId] = source.id
    const claim = await db().claim.create({
      data: {
        shortId,
        slug: slugOf(shortId),
        text: textOf(shortId),
        translation: `VISCLAIM ${shortId} claim`,
        translationLanguage: 'en',
        status: state.status,
        tags: ['vis-tag'],
        claimantId,
        publicUnderResearch: state.underResearch ?? false,
        quantities: {
          create: {
            position: 0,
            metricId: metric[state.metric ?? 'public'].id,
            subject: 'VISSUBJECT',
            value: state.value,
            unit: 'VISUNIT',
            windowKind: 'POINT',
            windowEnd: new Date(Date.UTC(2024, 0, minute)),
          },
        },
        evidence: { create: { sourceId: source.id, stance: 'SUPPORTS', excerpt: `excerpt ${shortId}` } },
        appearances: { create: { sourceId: source.id } },
      },
    })
    ids[shortId] = claim.id
    if (state.verdict) {
      const publishedAt = new Date(Date.UTC(2025, 0, 1, 0, minute))
      await db().verdict.create({
        data: {
          claimId: claim.id,
          ratingId,
          summary: `VISSUMMARY ${shortId} working copy`,
          status: state.verdict,
          ...(state.verdict === 'WITHDRAWN' ? { withdrawnAt: publishedAt, withdrawnReason: `withdrawn ${shortId}` } : {}),
          ...(state.revision ? { revisions: { create: { number: 1, ratingId, summary: `VISSUMMARY ${shortId}`, analysis: '', publishedAt } } } : {}),
        },
      })
    }
  }
  await db().claim.update({ where: { shortId: 'visdupl' }, data: { duplicateOfId: ids.visokay } })
  // The visible claim relates to every other one: the page and the API name only claims readers may see.
  for (const shortId of ALL.filter((id) => id !== 'visokay')) {
    await db().claimRelation.create({ data: { fromClaimId: ids.visokay!, toClaimId: ids[shortId]!, kind: 'OTHER_DEFINITION' } })
  }
})

/** The claims of ours a text names, by their permalinks (/c/<shortId>/…) or their wording. */
function shown(text: string): string[] {
  return ALL.filter((shortId) => text.includes(`/c/${shortId}/`) || text.includes(`VISCLAIM ${shortId}`))
}

/** What Next's redirect()/notFound() threw: its digest says where to and with which status. */
async function outcome(call: () => Promise<unknown>): Promise<{ html: string } | { digest: string }> {
  try {
    const node = await call()
    return { html: renderToString(createElement('div', null, node as React.ReactNode)) }
  } catch (error) {
    const digest = (error as { digest?: string }).digest
    if (!digest) throw error
    return { digest }
  }
}

const render = async (page: (props: never) => unknown, props: unknown) => {
  const result = await outcome(() => (page as (p: unknown) => Promise<unknown>)(props))
  if (!('html' in result)) throw new Error(`expected a page, got ${result.digest}`)
  return result.html
}

const searchParams = (params: Record<string, string>) => ({ searchParams: Promise.resolve(params) })

async function each<T>(check: (shortId: string) => Promise<T>): Promise<Record<string, T>> {
  const results: Record<string, T> = {}
  for (const shortId of ALL) results[shortId] = await check(shortId)
  return results
}

const which = (results: Record<string, boolean>) => ALL.filter((shortId) => results[shortId])

describe('lists show exactly the listed claims', () => {
  it('the home page, unfiltered and by tag, claimant and rating', async () => {
    for (const params of [{}, { tag: 'vis-tag' }, { claimant: claimantId }, { rating: ratingId }] as Record<string, string>[]) {
      expect(shown(await render(HomePage, searchParams(params))), JSON.stringify(params)).toEqual(LISTED)
    }
  })

  it('search, in the original and in the translation', async () => {
    for (const q of ['VISCLAIM', 'claim', '주장']) {
      expect(shown(await render(SearchPage, searchParams({ q }))), q).toEqual(LISTED)
    }
  })

  it('the browse choices count only listed claims', async () => {
    const facets = await browseFacets()
    expect(facets.tags.find((tag) => tag.tag === 'vis-tag')?.count).toBe(LISTED.length)
    expect(facets.claimants.find((claimant) => claimant.id === claimantId)?.count).toBe(LISTED.length)
    expect(facets.ratings.find((rating) => rating.id === ratingId)?.count).toBe(LISTED.length)
  })

  it('RSS and Atom, unfiltered and by tag', async () => {
    for (const feed of [rss, atom]) {
      for (const query of ['', '?tag=vis-tag']) {
        expect(shown(await (await feed(new Request(`${BASE}/feed.xml${query}`))).text()), query).toEqual(LISTED)
      }
    }
  })

  it('the API list, unfiltered, by tag and by search', async () => {
    for (const query of ['?limit=100', '?limit=100&tag=vis-tag', '?limit=100&q=VISCLAIM', `?limit=100&claimant=${claimantId}`]) {
      const url = `${BASE}/api/v1/claims${query}`
      const body = await described('GET', url, await listClaims(new Request(url)))
      expect(body.nextCursor, query).toBeNull()
      expect(body.data.map((item: { id: string }) => item.id).filter((id: string) => ALL.includes(id)).sort(), query).toEqual(LISTED)
    }
  })

  it('the export, as JSON and as both CSV tables', async () => {
    const json = await described('GET', `${BASE}/api/v1/export?format=json`, exportData(new Request(`${BASE}/api/v1/export?format=json`)))
    expect(json.claims.map((claim: { id: string }) => claim.id).filter((id: string) => ALL.includes(id)).sort()).toEqual(LISTED)
    expect(shown(JSON.stringify(json))).toEqual(LISTED)
    for (const table of ['claims', 'sources']) {
      const url = `${BASE}/api/v1/export?format=csv&table=${table}`
      const text: string = await described('GET', url, exportData(new Request(url)))
      const records: Record<string, string>[] = parse(text, { bom: true, columns: true })
      const column = table === 'claims' ? 'id' : 'claim_id'
      expect([...new Set(records.map((record) => record[column]!))].filter((id) => ALL.includes(id)).sort(), table).toEqual(LISTED)
      expect(ALL.filter((shortId) => text.includes(`VISSOURCE ${shortId}`)), table).toEqual(table === 'sources' ? LISTED : [])
    }
  })
})

describe('the metric pages', () => {
  it('a public metric lists exactly the listed claims, and the explanation uses only their values', async () => {
    const html = await render(metricPage.default, { params: Promise.resolve({ slug: 'vis-public-metric' }) })
    expect(shown(html)).toEqual(LISTED)
    expect(html.match(/data-testid="metric-row"/g)).toHaveLength(LISTED.length)
    for (const invented of ['999', '998', '997', '996']) expect(html).not.toContain(invented)
  })

  it('a metric no listed claim uses is 404, and its name, subject and unit appear nowhere', async () => {
    for (const slug of ['vis-hidden-metric', 'vis-unused-metric']) {
      const result = await outcome(() => metricPage.default({ params: Promise.resolve({ slug }) }))
      expect(result, slug).toEqual({ digest: expect.stringContaining('404') })
      const metadata = await metricPage.generateMetadata({ params: Promise.resolve({ slug }) })
      expect(JSON.stringify(metadata), slug).not.toMatch(/VIS/)
    }
  })

  it('a claim page links its metric only when the metric page is public', async () => {
    const okay = await render(claimPage.default, { params: Promise.resolve({ shortId: 'visokay', slug: [slugOf('visokay')] }) })
    expect(okay).toContain('href="/metrics/vis-public-metric"')
    const withdrawn = await render(claimPage.default, { params: Promise.resolve({ shortId: 'vishmwd', slug: [slugOf('vishmwd')] }) })
    expect(withdrawn).toContain(textOf('vishmwd'))
    expect(withdrawn).not.toContain('/metrics/vis-hidden-metric')
    expect(withdrawn).not.toContain('VIS숨은지표')
  })
})

describe('single-claim surfaces answer for exactly the claims readers may see', () => {
  it('the permalink: a verdict page, the under-research page, a redirect for the merged duplicate, or 404', async () => {
    const results = await each(async (shortId) => {
      const result = await outcome(() => claimPage.default({ params: Promise.resolve({ shortId, slug: [slugOf(shortId)] }) }))
      if ('digest' in result) return result.digest.includes(';308;') ? `redirect ${result.digest.split(';')[2]}` : result.digest.includes('404') ? '404' : result.digest
      if (result.html.includes('VISSUMMARY')) return 'verdict'
      return result.html.includes(textOf(shortId)) ? 'under research' : 'other'
    })
    const expected = Object.fromEntries(ALL.map((shortId) => [shortId, '404']))
    for (const shortId of WITH_VERDICT_PAGE) expected[shortId] = 'verdict'
    expected.visdupl = `redirect /c/visokay/${slugOf('visokay')}`
    expected.visunre = 'under research'
    expect(results).toEqual(expected)
  })

  it('the old /claims/ address redirects only where the permalink answers', async () => {
    const results = await each(async (shortId) => {
      const result = await outcome(() => LegacyClaimPage({ params: Promise.resolve({ shortId }) }))
      return 'digest' in result && result.digest.includes(';308;')
    })
    expect(which(results)).toEqual([...WITH_VERDICT_PAGE, 'visunre'].sort())
  })

  it('the page metadata (title, share card) exists only for claims with a page', async () => {
    const results = await each(async (shortId) => JSON.stringify(await claimPage.generateMetadata({ params: Promise.resolve({ shortId }) })).includes('VISCLAIM'))
    // The merged duplicate redirects, so it has no metadata of its own.
    expect(which(results)).toEqual([...WITH_VERDICT_PAGE.filter((id) => id !== 'visdupl'), 'visunre'].sort())
  })

  it('the API detail', async () => {
    const results = await each(async (shortId) => {
      const url = `${BASE}/api/v1/claims/${shortId}`
      const response = await getClaim(new Request(url), { params: Promise.resolve({ id: shortId }) })
      await described('GET', url, response)
      return response.status === 200
    })
    expect(which(results)).toEqual(WITH_VERDICT_PAGE)
  })

  it('oEmbed and the embed page', async () => {
    const oembeds = await each(async (shortId) => {
      const url = `${BASE}/api/oembed?url=${encodeURIComponent(`${BASE}/c/${shortId}/${slugOf(shortId)}`)}`
      const response = await oembed(new Request(url))
      await described('GET', url, response)
      return response.status === 200
    })
    expect(which(oembeds)).toEqual(WITH_VERDICT_PAGE)
    const embeds = await each(async (shortId) => {
      const result = await outcome(() => embedPage.default({ params: Promise.resolve({ shortId }) }))
      return 'html' in result && result.html.includes(textOf(shortId))
    })
    expect(which(embeds)).toEqual(WITH_VERDICT_PAGE)
  })

  it('the share card (a made-up revision redirects to the current card; no card is 404)', async () => {
    // The merged duplicate's page redirects, so nothing links to a card of its own.
    const results = await each(async (shortId) => {
      const response = await shareCard(new Request(`${BASE}/`), { params: Promise.resolve({ shortId, revision: 'probe' }) })
      expect([308, 404], shortId).toContain(response.status)
      return response.status === 308
    })
    expect(which(results)).toEqual(WITH_VERDICT_PAGE.filter((id) => id !== 'visdupl'))
  })

  it('the archived copy of a source, only where a verdict page cites it', async () => {
    const results = await each(async (shortId) => (await archivedCopy(new Request(`${BASE}/`), { params: Promise.resolve({ id: sourceIds[shortId]! }) })).status === 200)
    expect(which(results)).toEqual(WITH_VERDICT_PAGE)
  })
})

describe('related claims', () => {
  it('the page links the listed ones and names no claim without a verdict page', async () => {
    const html = await render(claimPage.default, { params: Promise.resolve({ shortId: 'visokay', slug: [slugOf('visokay')] }) })
    const related = html.slice(html.indexOf('id="related-heading"'))
    expect(ALL.filter((shortId) => related.includes(`href="/c/${shortId}/`))).toEqual(LISTED.filter((id) => id !== 'visokay'))
    expect(shown(related)).toEqual(WITH_VERDICT_PAGE.filter((id) => id !== 'visokay'))
  })

  it('the API detail names the listed ones only', async () => {
    const url = `${BASE}/api/v1/claims/visokay`
    const { data } = await described('GET', url, await getClaim(new Request(url), { params: Promise.resolve({ id: 'visokay' }) }))
    expect(data.related.map((item: { id: string }) => item.id)).toEqual(['visredr'])
    expect(shown(JSON.stringify(data.related))).toEqual(['visredr'])
  })
})

describe('the one definition', () => {
  it('its Prisma and SQL forms of "listed" and "has a verdict page" agree, and name the claims the surfaces above show', async () => {
    const ours = { shortId: { in: ALL } }
    const byPrisma = (await db().claim.findMany({ where: { ...ours, ...listedWhere }, select: { shortId: true } })).map((c) => c.shortId).sort()
    const bySql = (await db().$queryRaw<{ shortId: string }[]>`SELECT c.short_id AS "shortId" FROM claims c WHERE ${listedSql}`)
      .map((c) => c.shortId)
      .filter((shortId) => ALL.includes(shortId))
      .sort()
    expect(byPrisma).toEqual(LISTED)
    expect(bySql).toEqual(LISTED)
    const withPage = (await db().claim.findMany({ where: { ...ours, ...hasVerdictPageWhere }, select: { shortId: true } })).map((c) => c.shortId).sort()
    expect(withPage).toEqual(WITH_VERDICT_PAGE)
    const withPageBySql = (await db().$queryRaw<{ shortId: string }[]>`SELECT c.short_id AS "shortId" FROM claims c WHERE ${hasVerdictPageSql}`)
      .map((c) => c.shortId)
      .filter((shortId) => ALL.includes(shortId))
      .sort()
    expect(withPageBySql).toEqual(WITH_VERDICT_PAGE)
  })
})
