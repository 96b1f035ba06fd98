// Who may call what, for every mutation the app has: each action (lib/**, defineAction and the multi-step ones
// shaped like it), each 'use server' form wrapper, and each mutating route handler, called as signed out, EDITOR,
// REVIEWER, ADMIN and a deactivated ADMIN. The actions and routes are discovered from the source tree, so a new
// one that is missing from the tables below fails this file.
//
// Roles per permission live in one place, lib/auth/permissions.ts (PERMISSIONS). The tables here say which
// permission each mutation needs; the expected allowed/denied answer for every caller is derived from the two.
import { Readable } from 'node:stream'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { PERMISSIONS, type Permission } from '../../lib/auth/permissions'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import type { Role } from '../../lib/db/generated/enums'
import { discoverActions, discoverServerFunctions, isFormAction, routeFiles, readSource, serverModules } from '../support/server-actions'
import { makeUser } from '../support/users'

// ---------------------------------------------------------------------------------------------------------------
// The tables.

/** Every action, by its `name`, and the permission it must require ('public': anyone, signed in or not). */
const ACTION_PERMISSIONS: Record<string, Permission | 'public'> = {
  'claims.create': 'claim.edit',
  'claims.update': 'claim.edit',
  'claims.markDuplicate': 'claim.edit',
  'claims.unmarkDuplicate': 'claim.edit',
  'claims.createClaimant': 'claim.edit',
  'claims.assign': 'claim.assign', // editor and reviewer of a claim: editors and admins; a reviewer is refused
  'comments.add': 'claim.comment',
  'comments.edit': 'claim.comment', // and only one's own comment (tests/integration/claim-comments.test.ts)
  'notifications.markRead': 'notifications.own', // and only one's own (tests/integration/notifications.test.ts)
  'notifications.markAllRead': 'notifications.own',
  // A pending edit of a published claim (lib/claim-edits/): the desk drafts and submits, a reviewer decides.
  'claimEdits.submit': 'claim.edit',
  'claimEdits.discard': 'claim.edit',
  'claimEdits.sendBack': 'verdict.publish',
  'claimEdits.publish': 'verdict.publish',
  'metrics.create': 'claim.edit',
  'metrics.update': 'claim.edit',
  'metrics.addDefinition': 'claim.edit',
  'sources.create': 'source.edit',
  'sources.update': 'source.edit',
  'sources.archive': 'source.edit',
  'sources.pasteArchive': 'source.edit',
  'datasets.import': 'source.edit', // prepareImport and importDataset, its multi-step wrapper
  'intake.commit': 'intake.commit',
  'intake.archiveUrl': 'source.edit', // archiveUrlForIntake: the source library's create and archive, in turn
  'evidence.add': 'evidence.edit',
  'evidence.update': 'evidence.edit',
  'evidence.remove': 'evidence.edit',
  'appearance.add': 'evidence.edit',
  'appearance.remove': 'evidence.edit',
  'relations.add': 'relation.edit',
  'relations.remove': 'relation.edit',
  'relations.misattribute': 'relation.edit',
  'reconcile.confirm': 'relation.edit',
  'reconcile.dismiss': 'relation.edit',
  'derivations.save': 'relation.edit',
  'derivations.remove': 'relation.edit',
  'verdicts.saveDraft': 'verdict.draft',
  'verdicts.submitForReview': 'verdict.draft',
  'verdicts.sendBack': 'verdict.publish',
  'verdicts.publish': 'verdict.publish',
  'verdicts.withdraw': 'verdict.publish',
  'ratings.add': 'scale.edit',
  'ratings.update': 'scale.edit',
  'ratings.move': 'scale.edit',
  'ratings.retire': 'scale.edit',
  'ratings.unretire': 'scale.edit',
  'ratings.delete': 'scale.edit',
  'pages.update': 'pages.edit', // methodology and about, one action for every editable page
  'users.create': 'users.manage',
  'users.changeRole': 'users.manage',
  'users.setActive': 'users.manage',
  'users.resetPassword': 'users.manage',
  'settings.setTwoPersonRule': 'users.manage',
  'users.changeOwnPassword': 'desk.view',
  'users.signOutEverywhere': 'sessions.endOwn',
  'tips.submit': 'public', // a reader's tip (/submit): no sign-in; a honeypot, size limits and a rate limit instead
  'tips.setStatus': 'tips.triage',
  'tips.linkClaim': 'tips.triage',
  'tips.toClaim': 'tips.triage',
}

/**
 * Exported server functions ('use server') that are not made by formAction, with the rule they apply.
 * Each one here is a read, never a write.
 */
const SERVER_READS: Record<string, { permission: Permission; why: string }> = {
  'lib/claims/form-actions.ts#findSimilarAction': { permission: 'desk.view', why: 'similar unpublished claims; [] for anyone else' },
  'lib/claim-intake/form-actions.ts#analyseIntakeAction': { permission: 'intake.commit', why: 'an article’s figures and the desk claims they match; a refusal for anyone else' },
}

/**
 * Every route handler exporting POST, PUT, PATCH or DELETE (paths from the repository root), with its methods and
 * who may call it. 'public' means by design anyone, signed in or not. (GET /lang sets a cookie for anyone too, but
 * it is a GET and so not listed.)
 */
const MUTATING_ROUTES: Record<string, { methods: string[]; access: Permission | 'public'; why?: string }> = {
  'app/api/auth/[...nextauth]/route.ts': { methods: ['POST'], access: 'public', why: "next-auth's own sign-in, sign-out and CSRF endpoints" },
  'app/(desk)/desk/sources/[id]/import/route.ts': { methods: ['POST'], access: 'source.edit' },
}

/** Extra arguments for the actions whose `execute` takes more than (actor, raw). */
const EXTRA_ARGUMENTS: Record<string, () => unknown[]> = {
  'datasets.import': () => [Readable.from([Buffer.from('')])],
}

/** The callers: the account each one uses, or null for signed out. */
const CALLERS = ['signed out', 'EDITOR', 'REVIEWER', 'ADMIN', 'deactivated ADMIN'] as const
type CallerName = (typeof CALLERS)[number]
const CALLER_ACCOUNTS: Record<CallerName, { role: Role; active: boolean } | null> = {
  'signed out': null,
  EDITOR: { role: 'EDITOR', active: true },
  REVIEWER: { role: 'REVIEWER', active: true },
  ADMIN: { role: 'ADMIN', active: true },
  'deactivated ADMIN': { role: 'ADMIN', active: false },
}

/** The expectation, from PERMISSIONS: an active account whose role the permission lists. */
function allowed(caller: CallerName, permission: Permission | 'public'): boolean {
  if (permission === 'public') return true
  const account = CALLER_ACCOUNTS[caller]
  return Boolean(account?.active && (PERMISSIONS[permission] as readonly Role[]).includes(account.role))
}

// ---------------------------------------------------------------------------------------------------------------
// Harness: the session the form wrappers and route handlers read, and the discovered mutations.

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  // Passed through as is, deactivated or not: the pipeline must refuse a stale session on its own.
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
  // The cookie work after one's own password change and "sign out everywhere" (no request here to hold cookies).
  renewSession: async () => {},
  endSession: async () => {},
}))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { actions: discovered } = await discoverActions()
const actionNames = [...new Set(discovered.map((d) => d.action.name))].sort()

// 'use server' modules and, for each exported function, the action formAction attached to it.
const { all: SERVER_MODULES, formModules: FORM_MODULES } = serverModules()
const serverFunctions = await discoverServerFunctions()
const formWrappers = serverFunctions.filter(isFormAction)

// Mutating route handlers, from the exports in each route file's text.
const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE']
function exportedMethods(source: string): string[] {
  const methods = new Set<string>()
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let|var)\s+(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1])
  for (const clause of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of clause[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()
      if (name) methods.add(name)
    }
  }
  return [...methods].filter((m) => MUTATING.includes(m)).sort()
}
const ROUTE_FILES = routeFiles()
const mutatingRoutes = ROUTE_FILES.map((file) => ({ file, methods: exportedMethods(readSource(file)) })).filter((r) => r.methods.length > 0)

// Accounts for the callers, made once for the file.
const actors = {} as Record<CallerName, Actor | null>
beforeAll(async () => {
  for (const caller of CALLERS) {
    const account = CALLER_ACCOUNTS[caller]
    actors[caller] = account && (await makeUser(account.role, { active: account.active }))
  }
})

const auditCount = () => db().auditEvent.count()
const refusal = (caller: CallerName) => ({ status: 'forbidden', message: caller === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })

// ---------------------------------------------------------------------------------------------------------------
// The tables cover exactly what the code has.

describe('the authorization tables cover every mutation', () => {
  it('finds the action modules, form wrappers and route files at all', () => {
    expect(discovered.length).toBeGreaterThanOrEqual(40)
    expect(FORM_MODULES.length).toBeGreaterThanOrEqual(11)
    expect(ROUTE_FILES.length).toBeGreaterThan(0)
  })

  it('every action is in the table, with the permission the action requires', () => {
    const missing = actionNames.filter((name) => !(name in ACTION_PERMISSIONS)).map((name) => `action ${name} is not in the authorization table`)
    expect(missing).toEqual([])
    const wrong = discovered
      .filter(({ action }) => ACTION_PERMISSIONS[action.name] !== action.permission)
      .map(({ where, action }) => `${where} (${action.name}) requires ${action.permission}; the table says ${ACTION_PERMISSIONS[action.name]}`)
    expect(wrong).toEqual([])
  })

  it('the table names no action that no longer exists', () => {
    expect(Object.keys(ACTION_PERMISSIONS).filter((name) => !actionNames.includes(name))).toEqual([])
  })

  it("'use server' exists only in lib/*/form-actions.ts, which this file checks", () => {
    expect(SERVER_MODULES.filter((file) => !FORM_MODULES.includes(file))).toEqual([])
  })

  it('every exported server function forwards to a discovered action, or is a listed read', () => {
    const unmatched = serverFunctions
      .filter((s) => (s.action === undefined ? !(s.where in SERVER_READS) : !discovered.some((d) => d.action === s.action)))
      .map((s) => (s.action === undefined ? `${s.where} is not made by formAction and is not in SERVER_READS` : `${s.where} runs ${s.action.name}, not an action exported under lib/`))
    expect(unmatched).toEqual([])
    expect(Object.keys(SERVER_READS).filter((where) => !serverFunctions.some((s) => s.where === where))).toEqual([])
  })

  it('every mutating route handler is in the route table, with its methods', () => {
    const found = Object.fromEntries(mutatingRoutes.map((r) => [r.file, r.methods]))
    const missing = mutatingRoutes.filter((r) => !(r.file in MUTATING_ROUTES)).map((r) => `route ${r.file} (${r.methods.join(', ')}) is not in the authorization table`)
    expect(missing).toEqual([])
    expect(Object.fromEntries(Object.entries(MUTATING_ROUTES).map(([file, entry]) => [file, entry.methods]))).toEqual(found)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Generated: every exported action × every caller, with an empty input. Allowed callers get past the permission
// gate and are stopped by the input check ('invalid'; an action that accepts an empty input would write here, so
// it should get a probe with a harmless input instead); everyone else gets exactly the refusal. Either way no
// audit event (every write goes with one, in the same transaction) appears.

describe.each(discovered.map(({ where, action }) => [`${action.name} (${where})`, action] as const))('action %s', (_label, action) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const name = action.name
    const permission = ACTION_PERMISSIONS[name]
    expect(permission, `action ${name} is not in the authorization table`).toBeDefined()
    const before = await auditCount()
    const result = await action.execute(actors[caller], {}, ...(EXTRA_ARGUMENTS[name]?.() ?? []))
    if (allowed(caller, permission)) {
      // Past the gate, the empty input is refused by the input check, so nothing is written for anyone.
      expect(result.status, `${caller} should pass the ${permission} gate of ${name}`).toBe('invalid')
    } else {
      expect(result).toEqual(refusal(caller))
    }
    expect(await auditCount()).toBe(before)
  })
})

// The same through the 'use server' wrappers the browser actually calls: session from the (stubbed) cookie, an
// empty form.
describe.each(formWrappers.map((s) => [s.where, s] as const))('server action %s', (_where, wrapper) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const permission = ACTION_PERMISSIONS[wrapper.action.name]
    session.actor = actors[caller]
    const before = await auditCount()
    const state = (await wrapper.fn(undefined, new FormData())) as { status: string; message?: string }
    if (allowed(caller, permission)) {
      expect(state.status, `${caller} should pass the ${permission} gate of ${wrapper.where}`).toBe('invalid')
    } else {
      expect(state).toMatchObject(refusal(caller))
    }
    expect(await auditCount()).toBe(before)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// A claim's status follows its verdict (lib/claims/schema.ts HAND_SET_STATUSES): no caller, whatever the role,
// publishes a claim through the claim forms. A complete form otherwise, so only the status can be what refuses it.

const CLAIM_FORMS = ['lib/claims/form-actions.ts#createClaimAction', 'lib/claims/form-actions.ts#updateClaimAction']

describe.each(CLAIM_FORMS)('status PUBLISHED by hand through %s', (where) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const wrapper = formWrappers.find((s) => s.where === where)
    expect(wrapper, `${where} is not a discovered form wrapper`).toBeDefined()
    const claim = await db().claim.create({ data: { shortId: Math.random().toString(36).slice(2, 9).padEnd(7, '0'), slug: 'matrix', text: `matrix ${where} ${caller}` } })
    const form = new FormData()
    for (const [name, value] of Object.entries({ text: `matrix claim ${caller}`, language: 'ko', status: 'PUBLISHED', claimId: claim.id, version: '1' })) form.set(name, value)
    session.actor = actors[caller]
    const before = await auditCount()
    const state = (await wrapper!.fn(undefined, form)) as { status: string; message?: string; fieldErrors?: Record<string, string[]> }
    if (allowed(caller, ACTION_PERMISSIONS[wrapper!.action!.name]!)) {
      expect(state.status).toBe('invalid')
      expect(Object.keys(state.fieldErrors ?? {})).toEqual(['status'])
    } else {
      expect(state).toMatchObject(refusal(caller))
    }
    expect(await auditCount()).toBe(before)
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'NEW', version: 1 })
    expect(await db().claim.count({ where: { text: `matrix claim ${caller}` } })).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Route handlers that need a permission, each with a probe: a request that would be refused for a bad input, so
// an allowed caller gets a 4xx other than 401/403 and nothing is written either way.

const { POST: importPost } = await import('../../app/(desk)/desk/sources/[id]/import/route')

const ROUTE_PROBES: Record<string, () => Promise<Response>> = {
  'app/(desk)/desk/sources/[id]/import/route.ts': async () => {
    const source = await db().source.create({ data: { kind: 'DATASET', publisher: 'Matrix', title: 'Matrix dataset', url: `https://example.org/matrix/${Math.random()}` } })
    // No asOf/fileName: the import's input check refuses it after the permission check.
    const request = new Request(`http://localhost:3000/desk/sources/${source.id}/import`, {
      method: 'POST',
      body: 'Model\n',
      headers: { 'content-type': 'text/csv' },
    })
    return importPost(request, { params: Promise.resolve({ id: source.id }) })
  },
}

const guardedRoutes = Object.entries(MUTATING_ROUTES).filter(([, entry]) => entry.access !== 'public')

it('every route that needs a permission has a probe here', () => {
  expect(guardedRoutes.map(([file]) => file).filter((file) => !(file in ROUTE_PROBES))).toEqual([])
})

describe.each(guardedRoutes)('route %s', (file, entry) => {
  it.each(CALLERS)('as %s', async (caller) => {
    session.actor = actors[caller]
    const before = await auditCount()
    const probe = ROUTE_PROBES[file]
    if (!probe) throw new Error(`route ${file} has no probe in ROUTE_PROBES`)
    const response = await probe()
    if (allowed(caller, entry.access as Permission)) {
      expect([401, 403]).not.toContain(response.status)
    } else {
      expect(response.status).toBe(caller === 'signed out' ? 401 : 403)
      expect(await auditCount()).toBe(before)
    }
  })
})
