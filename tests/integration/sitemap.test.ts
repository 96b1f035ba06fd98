// The sitemap against the database: the index, its files and their URLs, read back with a real XML parser. A claim
// in every unpublished state sits beside the listed ones, and only the listed ones (lib/claims/visibility.ts) may
// appear; files are cut small here so that the keyset paging crosses file and batch boundaries.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import type { ClaimStatus, VerdictStatus } from '../../lib/db/generated/enums'

const BASE = 'https://factcheck.example'
process.env.NEXTAUTH_URL = BASE

const { GET: sitemapIndex } = await import('../../app/sitemap.xml/route')
const { GET: sitemapFile } = await import('../../app/sitemaps/[file]/route')
const { claimEntries, metricEntries, sitemapFiles, STATIC_PAGES, SITEMAP_MAX_URLS } = await import('../../lib/reader/sitemap')
const { listedWhere } = await import('../../lib/claims/visibility')

/** Each claim's state, by short id. `revisions` is how many revisions of its verdict were published. */
const STATES: Record<string, { status: ClaimStatus; verdict?: VerdictStatus; revisions?: number; duplicate?: boolean; underResearch?: boolean; metric?: 'hidden' }> = {
  smlist1: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 1 },
  smlist2: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 2 },
  smlist3: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 1 },
  smlist4: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 1 },
  smlist5: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 1 },
  smlist6: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 1 },
  // Published, then redrafted: still listed with its published revision.
  smredra: { status: 'PUBLISHED', verdict: 'DRAFT', revisions: 1 },
  // Status PUBLISHED by hand with only a draft or a verdict in review, or none: never public.
  smhandp: { status: 'PUBLISHED', verdict: 'DRAFT', metric: 'hidden' },
  smhrevw: { status: 'PUBLISHED', verdict: 'IN_REVIEW' },
  smnover: { status: 'PUBLISHED' },
  smdraft: { status: 'RESEARCHING', verdict: 'DRAFT' },
  sminrev: { status: 'IN_REVIEW', verdict: 'IN_REVIEW' },
  smarchv: { status: 'ARCHIVED', verdict: 'PUBLISHED', revisions: 1 },
  // Merged into smlist1: its permalink redirects there.
  smdupli: { status: 'PUBLISHED', verdict: 'PUBLISHED', revisions: 1, duplicate: true },
  // Public under research: a permalink, but noindex and never listed.
  smunder: { status: 'RESEARCHING', underResearch: true },
  // Withdrawn: the permalink stays with its notice, but lists leave it out.
  smwithd: { status: 'PUBLISHED', verdict: 'WITHDRAWN', revisions: 1, metric: 'hidden' },
}
const LISTED = ['smlist1', 'smlist2', 'smlist3', 'smlist4', 'smlist5', 'smlist6', 'smredra']
const slugOf = (shortId: string) => `sitemap-claim-${shortId}`
const permalink = (shortId: string) => `${BASE}/c/${shortId}/${slugOf(shortId)}`
/** When each claim's latest revision was published. */
const latestPublished: Record<string, Date> = {}
let publicMetricUpdatedAt: Date

beforeAll(async () => {
  const scale = await db().ratingScale.create({
    data: { name: 'sitemap scale', ratings: { create: { position: 0, labelKo: '등급', labelEn: 'Rating', colour: '#1a7f37', value: 1 } } },
    include: { ratings: true },
  })
  const ratingId = scale.ratings[0]!.id
  const metrics = {
    public: await db().metric.create({ data: { slug: 'sitemap-public-metric', nameKo: '공개 지표', nameEn: 'Public metric', unit: 'models' } }),
    hidden: await db().metric.create({ data: { slug: 'sitemap-hidden-metric', nameKo: '숨은 지표', nameEn: 'Hidden metric', unit: 'models' } }),
  }
  await db().metric.create({ data: { slug: 'sitemap-unused-metric', nameKo: '빈 지표', nameEn: 'Unused metric', unit: 'models' } })
  publicMetricUpdatedAt = metrics.public.updatedAt

  const ids: Record<string, string> = {}
  let minute = 0
  for (const [shortId, state] of Object.entries(STATES)) {
    const claim = await db().claim.create({
      data: {
        shortId,
        slug: slugOf(shortId),
        text: `사이트맵 주장 ${shortId}`,
        status: state.status,
        publicUnderResearch: state.underResearch ?? false,
        quantities: {
          create: { position: 0, metricId: metrics[state.metric ?? 'public'].id, value: '1', unit: 'models', windowKind: 'POINT', windowEnd: new Date(Date.UTC(2024, 0, 1)) },
        },
      },
    })
    ids[shortId] = claim.id
    if (!state.verdict) continue
    const revisions = Array.from({ length: state.revisions ?? 0 }, (_, i) => {
      minute += 1
      return { number: i + 1, ratingId, summary: `요약 ${shortId} ${i + 1}`, analysis: '', publishedAt: new Date(Date.UTC(2025, 0, 1, 0, minute)) }
    })
    if (revisions.length) latestPublished[shortId] = revisions[revisions.length - 1]!.publishedAt
    await db().verdict.create({
      data: {
        claimId: claim.id,
        ratingId,
        summary: `요약 ${shortId}`,
        status: state.verdict,
        ...(state.verdict === 'WITHDRAWN' ? { withdrawnAt: new Date(), withdrawnReason: '철회' } : {}),
        ...(revisions.length ? { revisions: { create: revisions } } : {}),
      },
    })
  }
  await db().claim.update({ where: { shortId: 'smdupli' }, data: { duplicateOfId: ids.smlist1 } })
  // Claimants and tags: a page each only through a listed claim (smlist1, smlist2); the unlisted claims' stay out.
  const listedClaimant = await db().claimant.create({ data: { name: '사이트맵 주장자', nameEn: 'Sitemap Claimant' } })
  const hiddenClaimant = await db().claimant.create({ data: { name: '숨은 주장자', nameEn: 'Hidden Claimant' } })
  claimantPagePath = `/claimants/${listedClaimant.id}/sitemap-claimant`
  await db().claim.updateMany({ where: { shortId: { in: ['smlist1', 'smlist2'] } }, data: { claimantId: listedClaimant.id } })
  await db().claim.update({ where: { shortId: 'smlist1' }, data: { tags: ['sitemap-tag'] } })
  await db().claim.update({ where: { shortId: 'smlist2' }, data: { tags: ['sitemap-tag', 'R&D 연구'] } })
  for (const shortId of ['smdraft', 'smwithd', 'smdupli', 'smunder', 'smhandp']) {
    await db().claim.update({ where: { shortId }, data: { claimantId: hiddenClaimant.id, tags: ['hidden-tag'] } })
  }
})

let claimantPagePath: string
const TAG_PATHS = ['/tags/R%26D%20%EC%97%B0%EA%B5%AC', '/tags/sitemap-tag']

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' })

/** The response as a parsed sitemap document, after checking it is well-formed XML served as XML. */
async function xml(response: Response) {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
  const text = await response.text()
  expect(XMLValidator.validate(text)).toBe(true)
  return parser.parse(text)
}

const fileName = (loc: string) => {
  const prefix = `${BASE}/sitemaps/`
  expect(loc.startsWith(prefix), loc).toBe(true)
  return loc.slice(prefix.length)
}

async function readFile(name: string): Promise<{ loc: string; lastmod?: string }[]> {
  const doc = await xml(await sitemapFile(new Request(`${BASE}/sitemaps/${name}`), { params: Promise.resolve({ file: name }) }))
  expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  return doc.urlset.url ?? []
}

describe('the sitemap', () => {
  it('is an index whose files hold exactly the static pages, the listed permalinks and the public metric pages', async () => {
    const index = await xml(await sitemapIndex())
    expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const files = (index.sitemapindex.sitemap as { loc: string }[]).map(({ loc }) => fileName(loc))
    expect(files).toEqual(['pages.xml', 'claims-1.xml', 'metrics-1.xml', 'claimants-1.xml', 'tags-1.xml'])

    const urls: string[] = []
    for (const name of files) {
      const entries = await readFile(name)
      expect(entries.length).toBeLessThanOrEqual(SITEMAP_MAX_URLS)
      urls.push(...entries.map(({ loc }) => loc))
    }
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls.sort()).toEqual(
      [
        ...STATIC_PAGES.map((path) => `${BASE}${path}`),
        ...LISTED.map(permalink),
        `${BASE}/metrics/sitemap-public-metric`,
        `${BASE}${claimantPagePath}`,
        ...TAG_PATHS.map((path) => `${BASE}${path}`),
      ].sort(),
    )
  })

  it('leaves out a claim in every unpublished state, withdrawn, merged or under research, and the metrics only they use', async () => {
    const urls = (await readFile('claims-1.xml')).map(({ loc }) => loc)
    for (const shortId of Object.keys(STATES).filter((id) => !LISTED.includes(id))) {
      expect(urls.some((url) => url.includes(`/c/${shortId}/`)), shortId).toBe(false)
    }
    const metrics = (await readFile('metrics-1.xml')).map(({ loc }) => loc)
    expect(metrics).toEqual([`${BASE}/metrics/sitemap-public-metric`])
  })

  it('lists the claims that lib/claims/visibility.ts lists, no more, no fewer', async () => {
    const listed = await db().claim.findMany({ where: listedWhere, select: { shortId: true, slug: true } })
    const urls = (await readFile('claims-1.xml')).map(({ loc }) => loc)
    expect(urls.sort()).toEqual(listed.map((claim) => `${BASE}/c/${claim.shortId}/${claim.slug}`).sort())
  })

  it('dates each permalink by its latest published revision, and a metric page by its latest claim', async () => {
    const entries = await readFile('claims-1.xml')
    for (const shortId of LISTED) {
      const entry = entries.find(({ loc }) => loc === permalink(shortId))
      expect(entry?.lastmod, shortId).toBe(latestPublished[shortId]!.toISOString())
    }
    // smlist2 was corrected: its second revision dates it.
    expect(entries.find(({ loc }) => loc === permalink('smlist2'))?.lastmod).toBe(latestPublished.smlist2!.toISOString())
    const [metric] = await readFile('metrics-1.xml')
    const latestClaim = Math.max(...LISTED.map((id) => latestPublished[id]!.getTime()))
    expect(metric!.lastmod).toBe(new Date(Math.max(latestClaim, publicMetricUpdatedAt.getTime())).toISOString())
  })

  it('lists claimant and tag pages only through listed claims, dated by the latest of them', async () => {
    const claimants = await readFile('claimants-1.xml')
    const latest = (...ids: string[]) => new Date(Math.max(...ids.map((id) => latestPublished[id]!.getTime()))).toISOString()
    expect(claimants).toEqual([{ loc: `${BASE}${claimantPagePath}`, lastmod: latest('smlist1', 'smlist2') }])
    const tags = await readFile('tags-1.xml')
    expect(tags.map(({ loc }) => loc).sort()).toEqual(TAG_PATHS.map((path) => `${BASE}${path}`))
    expect(tags.find(({ loc }) => loc.endsWith('/sitemap-tag'))?.lastmod).toBe(latest('smlist1', 'smlist2'))
    expect(tags.find(({ loc }) => loc.includes('R%26D'))?.lastmod).toBe(latest('smlist2'))
  })

  it('cuts the claims into files of the given size, read by keyset across batches, in id order and without gaps', async () => {
    const sizes = { perFile: 3, batch: 2 }
    const files = await sitemapFiles(sizes)
    // Seven listed claims in files of three; the one public metric, one claimant and two tags in one file each.
    expect(files).toEqual(['pages.xml', 'claims-1.xml', 'claims-2.xml', 'claims-3.xml', 'metrics-1.xml', 'claimants-1.xml', 'tags-1.xml'])
    const pages = [await claimEntries(1, sizes), await claimEntries(2, sizes), await claimEntries(3, sizes)]
    expect(pages.map((page) => page?.length)).toEqual([3, 3, 1])
    const listed = await db().claim.findMany({ where: listedWhere, orderBy: { id: 'asc' }, select: { shortId: true, slug: true } })
    expect(pages.flatMap((page) => page!.map(({ path }) => path))).toEqual(listed.map((claim) => `/c/${claim.shortId}/${claim.slug}`))
    // Past the last file there is none.
    expect(await claimEntries(4, sizes)).toBeNull()
    expect(await metricEntries(2, sizes)).toBeNull()
  })

  it('answers 404 for a file that does not exist or a name it does not make', async () => {
    for (const name of ['claims-2.xml', 'metrics-2.xml', 'claimants-2.xml', 'tags-2.xml', 'claims-0.xml', 'claims-01.xml', 'claims-1', 'pages', '..%2Fsitemap.xml', 'claims-9999999.xml']) {
      const response = await sitemapFile(new Request(`${BASE}/sitemaps/${name}`), { params: Promise.resolve({ file: name }) })
      expect(response.status, name).toBe(404)
    }
  })

  it('drops a claim from its file as soon as its verdict is withdrawn', async () => {
    const before = (await readFile('claims-1.xml')).map(({ loc }) => loc)
    expect(before).toContain(permalink('smlist6'))
    await db().verdict.updateMany({ where: { claim: { shortId: 'smlist6' } }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: '철회' } })
    try {
      const after = (await readFile('claims-1.xml')).map(({ loc }) => loc)
      expect(after).not.toContain(permalink('smlist6'))
      expect(after).toHaveLength(before.length - 1)
    } finally {
      await db().verdict.updateMany({ where: { claim: { shortId: 'smlist6' } }, data: { status: 'PUBLISHED', withdrawnAt: null, withdrawnReason: null } })
    }
  })
})
