// What nginx, a CDN and browsers may keep of each kind of response, as the running server sends it (page cache and
// all): reader pages and public data are shared for a second (X-Accel-Expires ends nginx's copy with the second);
// anything for one person (a signed-in reader, the desk, sign-in, a response that sets a cookie) is never shared;
// the share card, whose URL names a revision, is kept for good. Every page and route file of the app is in the
// table below (discovered from app/), so a new route fails here until someone says what caches may do with it.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'
import { lifetimes } from '../support/cache-control'
import { firstAdmin, signIn } from './auth'

const appDir = path.resolve(import.meta.dirname, '../../app')

/** Page and route files, as paths under app/ ('(public)/c/[shortId]/[[...slug]]/page.tsx'). */
function discoverRoutes(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return discoverRoutes(full)
    // Next's metadata files (robots.ts, sitemap.ts, manifest.ts) answer requests too.
    const isRoute = /^(page|route)\.tsx?$/.test(entry.name) || (dir === appDir && /^(robots|sitemap|manifest)\.ts$/.test(entry.name))
    return isRoute ? [path.relative(appDir, full).split(path.sep).join('/')] : []
  })
}

/**
 * shared: browsers revalidate, shared caches keep it at most a second (nginx's copy ended by X-Accel-Expires where
 * the page cache sent one); unshared: no shared cache keeps it (private, no-store, or revalidated every time);
 * immutable: kept for good (the URL names what never changes).
 */
type Policy = 'shared' | 'unshared' | 'immutable'
type Caller = 'reader' | 'signed-in'
interface Probe {
  path: string
  /** Put this site's own address in front of the `url` parameter (oEmbed asks for a full permalink URL). */
  absoluteUrl?: boolean
  as?: Caller
  expect: Policy
  method?: 'GET' | 'POST'
}

const KFM = '/c/kfm2023/korea-developed-zero-foundation-models-in-2023'
/** Stands for the address of kfm2023's claimant page, whose id the database made: read from the permalink's link. */
const KFM_CLAIMANT = '/claimants/<kfm2023 claimant>'

/** Reader-facing files: what each answers a reader (signed out unless `as` says), by one or more probes. */
const PUBLIC: Record<string, Probe[]> = {
  '(public)/page.tsx': [{ path: '/', expect: 'shared' }, { path: '/', as: 'signed-in', expect: 'unshared' }],
  '(public)/c/[shortId]/[[...slug]]/page.tsx': [{ path: KFM, expect: 'shared' }, { path: KFM, as: 'signed-in', expect: 'unshared' }],
  // The old address only redirects to the canonical one.
  '(public)/claims/[shortId]/[[...slug]]/page.tsx': [{ path: '/claims/kfm2023', expect: 'unshared' }],
  '(public)/c/[shortId]/card/[revision]/route.tsx': [{ path: '/c/kfm2023/card/1', expect: 'immutable' }],
  '(public)/search/page.tsx': [{ path: '/search?q=%EB%AA%A8%EB%8D%B8', expect: 'shared' }],
  '(public)/claimants/[id]/[[...slug]]/page.tsx': [{ path: KFM_CLAIMANT, expect: 'shared' }, { path: KFM_CLAIMANT, as: 'signed-in', expect: 'unshared' }],
  // No demo claim has a tag: the answer for a tag none carries (a 404 page, shared like any reader page).
  '(public)/tags/[tag]/page.tsx': [{ path: '/tags/no-such-tag', expect: 'shared' }],
  '(public)/metrics/[slug]/page.tsx': [{ path: '/metrics/korean-notable-ai-models', expect: 'shared' }],
  '(public)/about/page.tsx': [{ path: '/about', expect: 'shared' }],
  '(public)/methodology/page.tsx': [{ path: '/methodology', expect: 'shared' }],
  '(public)/corrections/page.tsx': [{ path: '/corrections', expect: 'shared' }],
  '(public)/corrections/feed.xml/route.ts': [{ path: '/corrections/feed.xml', expect: 'shared' }],
  '(public)/corrections/atom.xml/route.ts': [{ path: '/corrections/atom.xml', expect: 'shared' }],
  // No demo source has an archived copy: the answer for an unknown one is what is probed.
  '(public)/sources/[id]/archived/route.ts': [{ path: '/sources/no-such-source/archived', expect: 'unshared' }],
  '(public)/signin/page.tsx': [{ path: '/signin', expect: 'unshared' }],
  // A reader's tip form and a receipt's status page (tips.spec.ts probes a real receipt): one reader's, never shared.
  '(public)/submit/page.tsx': [{ path: '/submit', expect: 'unshared' }, { path: '/submit?claim=kfm2023', expect: 'unshared' }],
  '(public)/submit/[code]/page.tsx': [{ path: '/submit/abcdefghjkmnpqrs', expect: 'unshared' }],
  'embed/c/[shortId]/page.tsx': [{ path: '/embed/c/kfm2023', expect: 'shared' }],
  'feed.xml/route.ts': [{ path: '/feed.xml', expect: 'shared' }],
  'atom.xml/route.ts': [{ path: '/atom.xml', expect: 'shared' }],
  'sitemap.xml/route.ts': [{ path: '/sitemap.xml', expect: 'shared' }],
  'sitemaps/[file]/route.ts': [{ path: '/sitemaps/claims-1.xml', expect: 'shared' }],
  'robots.txt/route.ts': [{ path: '/robots.txt', expect: 'shared' }],
  'api/v1/claims/route.ts': [{ path: '/api/v1/claims', expect: 'shared' }],
  'api/v1/claims/[id]/route.ts': [{ path: '/api/v1/claims/kfm2023', expect: 'shared' }],
  'api/v1/openapi.json/route.ts': [{ path: '/api/v1/openapi.json', expect: 'shared' }],
  'api/v1/export/route.ts': [{ path: '/api/v1/export?format=csv', expect: 'shared' }],
  'api/oembed/route.ts': [{ path: `/api/oembed?url=${encodeURIComponent(KFM)}`, absoluteUrl: true, expect: 'shared' }],
  // The language switch sets a cookie; next-auth's CSRF answer sets one too.
  'lang/route.ts': [{ path: '/lang?to=en&back=/', expect: 'unshared' }],
  'api/auth/[...nextauth]/route.ts': [{ path: '/api/auth/csrf', expect: 'unshared' }, { path: '/api/auth/session', as: 'signed-in', expect: 'unshared' }],
  'api/health/route.ts': [{ path: '/api/health', expect: 'unshared' }],
}

const routes = discoverRoutes().sort()
const deskPages = routes.filter((file) => file.startsWith('(desk)/desk/') && file.endsWith('page.tsx'))
const deskRoutes = routes.filter((file) => file.startsWith('(desk)/desk/') && !file.endsWith('page.tsx'))
/** Desk route handlers (the archived-copy viewer, the dataset import): for one person, like every desk page. */
const DESK_ROUTES: Record<string, Probe[]> = {
  '(desk)/desk/sources/[id]/archived/route.ts': [{ path: '/desk/sources/no-such-source/archived', as: 'signed-in', expect: 'unshared' }],
  '(desk)/desk/sources/[id]/import/route.ts': [{ path: '/desk/sources/no-such-source/import', as: 'signed-in', method: 'POST', expect: 'unshared' }],
}

/** A desk page's address with its dynamic parts filled in by ids that match nothing: the answer is still private. */
const deskPath = (file: string) =>
  `/${file.replace(/^\(desk\)\//, '').replace(/\/?page\.tsx$/, '').replace(/\[(\w+)\]/g, 'no-such-$1')}`

function expectPolicy(response: APIResponse, probe: Probe) {
  const headers = response.headers()
  const label = `${probe.method ?? 'GET'} ${probe.path} as ${probe.as ?? 'reader'} (HTTP ${response.status()}, Cache-Control: ${headers['cache-control']})`
  const { browser, shared, immutable } = lifetimes(headers['cache-control'])
  if (probe.expect === 'shared') {
    const accel = headers['x-accel-expires'] ?? '@0'
    expect({ browser, shared: shared > 0 && shared <= 1, accel: /^@\d+$/.test(accel) }, label).toEqual({ browser: 0, shared: true, accel: true })
  } else if (probe.expect === 'immutable') {
    expect({ long: browser >= 86_400 && shared >= 86_400, immutable }, label).toEqual({ long: true, immutable: true })
  } else {
    expect({ shared, accel: headers['x-accel-expires'] ?? null }, label).toEqual({ shared: 0, accel: null })
  }
}

let signedIn: APIRequestContext

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext()
  const admin = firstAdmin()
  await signIn(context, admin.email, admin.password)
  signedIn = context.request
})

test('every page and route file of the app is in a table of this spec', () => {
  expect(routes.length).toBeGreaterThanOrEqual(40)
  const known = new Set([...Object.keys(PUBLIC), ...Object.keys(DESK_ROUTES), ...deskPages])
  expect(routes.filter((file) => !known.has(file))).toEqual([])
  expect([...Object.keys(PUBLIC), ...Object.keys(DESK_ROUTES)].filter((file) => !routes.includes(file))).toEqual([])
  expect(deskRoutes.filter((file) => !(file in DESK_ROUTES))).toEqual([])
})

let kfmClaimantPath: string | undefined
async function resolvePath(request: APIRequestContext, path: string): Promise<string> {
  if (path !== KFM_CLAIMANT) return path
  kfmClaimantPath ??= /href="(\/claimants\/[^"]+)"/.exec(await (await request.get(KFM)).text())![1]
  return kfmClaimantPath
}

async function probe(request: APIRequestContext, item: Probe, baseURL = '') {
  const caller = item.as === 'signed-in' ? signedIn : request
  const path = await resolvePath(request, item.path)
  const url = item.absoluteUrl ? path.replace(/url=%2F/, `url=${encodeURIComponent(`${baseURL}/`)}`) : path
  // A first share card draws its fonts: slow on a busy machine, and not what this test is about.
  const options = { maxRedirects: 0, timeout: 60_000 }
  const response = item.method === 'POST' ? await caller.post(url, options) : await caller.get(url, options)
  expectPolicy(response, item)
}

for (const [file, probes] of Object.entries({ ...PUBLIC, ...DESK_ROUTES })) {
  test(`${file}: ${probes.map((item) => `${item.path} as ${item.as ?? 'reader'} → ${item.expect}`).join('; ')}`, async ({ request, baseURL }) => {
    for (const item of probes) await probe(request, item, baseURL)
  })
}

test('every desk page is private, to its user and to a signed-out visitor sent to sign-in', async ({ request }) => {
  for (const file of deskPages) {
    await probe(request, { path: deskPath(file), as: 'signed-in', expect: 'unshared' })
    await probe(request, { path: deskPath(file), expect: 'unshared' })
  }
})

test('a reader page served from the page cache keeps the shared policy, and a signed-in reader never gets that copy', async ({ request }) => {
  // The first answer fills the cache; the second comes from it.
  await request.get('/methodology')
  const cached = await request.get('/methodology')
  expect(cached.headers()['x-page-cache']).toBe('hit')
  expectPolicy(cached, { path: '/methodology', expect: 'shared' })
  const personal = await signedIn.get('/methodology')
  expect(personal.headers()['x-page-cache']).toBeUndefined()
  expectPolicy(personal, { path: '/methodology', as: 'signed-in', expect: 'unshared' })
})
