// Every desk page × every kind of caller, next to the action matrix (authorization-matrix.test.ts): signed out and
// a session that has ended (deactivated user) go to sign-in with the page as the way back; each role either gets
// the page or the "no permission" answer, as the page's permission in PERMISSIONS says. Pages are discovered from
// app/(desk)/desk, so a new page fails here until it is in the table. Each caller signs in through next-auth for
// real and the page reads the real cookie; only Next's request plumbing (next/headers, tests/support/next-request.ts) is stood in for.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { can, type Permission } from '../../lib/auth/permissions'
import { db } from '../../lib/db/client'
import type { Role } from '../../lib/db/generated/enums'
import { signInThroughNextAuth } from '../support/next-auth'
import { asBrowser, redirectOf } from '../support/next-request'
import { makeUser, TEST_PASSWORD } from '../support/users'

process.env.NEXTAUTH_URL = 'http://localhost:3000'

vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeaders)
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { Forbidden } = await import('../../components/desk/Forbidden')

const deskRoot = path.resolve(import.meta.dirname, '../../app/(desk)/desk')

/** Every page.tsx under the desk, as its route pattern (`claims/[id]/edit`; '' for /desk itself). */
function discoverPages(dir = deskRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return discoverPages(full)
    return entry.name === 'page.tsx' ? [path.relative(deskRoot, dir).split(path.sep).join('/')] : []
  })
}

interface Fixtures {
  claimId: string
  metricId: string
  sourceId: string
}

/** The permission each page requires ('desk.view': any active desk user). */
const PAGES: Record<string, { permission: Permission; params?: (f: Fixtures) => Record<string, string> }> = {
  '': { permission: 'desk.view' },
  checks: { permission: 'desk.view' },
  'claims/new': { permission: 'claim.edit' },
  'claims/[id]': { permission: 'desk.view', params: (f) => ({ id: f.claimId }) },
  'claims/[id]/edit': { permission: 'claim.edit', params: (f) => ({ id: f.claimId }) },
  inbox: { permission: 'tips.triage' },
  intake: { permission: 'intake.commit' },
  me: { permission: 'desk.view' },
  metrics: { permission: 'desk.view' },
  'metrics/[id]': { permission: 'desk.view', params: (f) => ({ id: f.metricId }) },
  notifications: { permission: 'notifications.own' },
  'pages/about': { permission: 'pages.edit' },
  'pages/methodology': { permission: 'pages.edit' },
  password: { permission: 'desk.view' },
  recheck: { permission: 'desk.view' },
  review: { permission: 'desk.view' },
  scale: { permission: 'scale.edit' },
  settings: { permission: 'users.manage' },
  sources: { permission: 'desk.view' },
  'sources/new': { permission: 'source.edit' },
  'sources/[id]': { permission: 'desk.view', params: (f) => ({ id: f.sourceId }) },
  'sources/[id]/snapshots': { permission: 'desk.view', params: (f) => ({ id: f.sourceId }) },
  users: { permission: 'users.manage' },
}

const ROLES: Role[] = ['EDITOR', 'REVIEWER', 'ADMIN']
const discovered = discoverPages().sort()

/** What a page did for the caller: sent them to a path, refused them, or rendered the page. */
type Outcome = { redirect: string } | 'forbidden' | 'page'

async function visit(pattern: string, params: Record<string, string>, session: string | undefined): Promise<Outcome> {
  asBrowser(session)
  const file = path.join(deskRoot, pattern, 'page.tsx')
  const { default: Page } = (await import(/* @vite-ignore */ file)) as { default: (props: unknown) => Promise<unknown> }
  let element: { type?: unknown } | undefined
  const redirect = await redirectOf(async () => {
    element = (await Page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) })) as { type?: unknown }
  })
  if (redirect !== null) return { redirect }
  return element?.type === Forbidden ? 'forbidden' : 'page'
}

const pathOf = (pattern: string, params: Record<string, string>) =>
  `/desk${pattern ? '/' : ''}${pattern.replace(/\[(\w+)\]/g, (_all, name: string) => params[name])}`

let fixtures: Fixtures
const sessions = new Map<string, string>()

beforeAll(async () => {
  const run = Math.random().toString(36).slice(2, 8).padEnd(6, '0')
  // Short ids are seven lower-case letters or digits (a CHECK constraint).
  const claim = await db().claim.create({ data: { shortId: `p${run}`, slug: 'page-matrix', text: `desk page matrix ${run}` } })
  const metric = await db().metric.create({ data: { slug: `page-matrix-${run}`, nameKo: '지표', nameEn: 'Metric', unit: '개' } })
  const source = await db().source.create({ data: { kind: 'NEWS', publisher: 'Matrix', title: `Matrix ${run}` } })
  fixtures = { claimId: claim.id, metricId: metric.id, sourceId: source.id }
  for (const role of ROLES) {
    const user = await makeUser(role)
    sessions.set(role, await signInThroughNextAuth(user.email, TEST_PASSWORD))
  }
  // A session that has ended: signed in, then deactivated by an admin.
  const gone = await makeUser('ADMIN')
  sessions.set('ended', await signInThroughNextAuth(gone.email, TEST_PASSWORD))
  await db().user.update({ where: { id: gone.id }, data: { active: false, sessionVersion: { increment: 1 } } })
})

describe('the desk-page table covers every desk page', () => {
  it('finds the desk pages at all', () => expect(discovered.length).toBeGreaterThanOrEqual(20))
  it('every discovered page is in the table', () => expect(discovered.filter((page) => !(page in PAGES))).toEqual([]))
  it('the table names no page that no longer exists', () => expect(Object.keys(PAGES).filter((page) => !discovered.includes(page))).toEqual([]))
})

describe.each(discovered.filter((page) => page in PAGES).map((page) => [`/desk/${page}`, page] as const))('%s', (_label, pattern) => {
  const entry = PAGES[pattern]
  const params = () => entry.params?.(fixtures) ?? {}

  it('sends a signed-out caller and an ended session to sign-in, with the page as the way back', async () => {
    const expected = { redirect: `/signin?callbackUrl=${encodeURIComponent(pathOf(pattern, params()))}` }
    expect(await visit(pattern, params(), undefined)).toEqual(expected)
    expect(await visit(pattern, params(), sessions.get('ended'))).toEqual(expected)
  })

  it.each(ROLES)(`answers %s as '${entry.permission}' says`, async (role) => {
    const expected = can({ role, active: true }, entry.permission) ? 'page' : 'forbidden'
    expect(await visit(pattern, params(), sessions.get(role))).toBe(expected)
  })
})
