// A session must end when the account changes under it: one's own password change (elsewhere), an admin's reset,
// deactivation, a role change, and "sign out everywhere". Each test signs in through next-auth for real, keeps the
// cookie, makes the change, and then presents the old cookie to the three places that honour a session: a desk
// page (its session check), a server action (through the pipeline) and next-auth's session endpoint (which would
// otherwise refresh the cookie's expiry).
import { encode } from 'next-auth/jwt'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { SESSION_ENDED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import { createSource } from '../../lib/sources/actions'
import { SESSION_COOKIE, sessionEndpoint, signInThroughNextAuth } from '../support/next-auth'
import { asBrowser, browserSession, redirectOf } from '../support/next-request'
import { makeUser, TEST_PASSWORD } from '../support/users'

process.env.NEXTAUTH_URL = 'http://localhost:3000'

vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeaders)
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { currentUser, requireUser } = await import('../../lib/auth/session')
const { createSourceAction } = await import('../../lib/sources/form-actions')
const { changeOwnPasswordAction, changeRoleAction, resetPasswordAction, setActiveAction, signOutEverywhereAction } = await import('../../lib/users/form-actions')
const { default: DeskLayout } = await import('../../app/(desk)/desk/layout')

const NEW_PASSWORD = 'a brand new password 새 비밀번호'

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.append(key, value)
  return data
}

let counter = 0
/** Creating a source through its server action, as the desk's form does: true when it saved. */
async function savesASource(): Promise<{ saved: boolean; state: unknown; title: string }> {
  const title = `Source ${++counter}`
  let state: unknown
  const target = await redirectOf(async () => {
    state = await createSourceAction(undefined as never, form({ kind: 'NEWS', title, publisher: 'Publisher' }))
  })
  const saved = (await db().source.count({ where: { title } })) === 1
  // A save redirects to the new source; nothing else may have been written.
  expect(saved).toBe(target !== null)
  return { saved, state, title }
}

/** Everything a session cookie opens, checked with that cookie. */
async function whatTheCookieOpens(session: string, user: Actor) {
  asBrowser(session)
  const auditsBefore = await db().auditEvent.count({ where: { actorId: user.id } })
  const actor = await currentUser()
  const layout = await redirectOf(() => DeskLayout({ children: null }))
  const page = await redirectOf(() => requireUser('desk.view', '/desk/sources/new'))
  const action = await savesASource()
  const endpoint = await sessionEndpoint(session)
  return {
    actor: actor?.id ?? null,
    layout,
    page,
    action,
    audited: (await db().auditEvent.count({ where: { actorId: user.id } })) - auditsBefore,
    endpoint: {
      user: (endpoint.body as { user?: { id?: string } }).user?.id ?? null,
      cookie: endpoint.cookies.get(SESSION_COOKIE)?.value ?? null,
    },
  }
}

/** What an ended session gets everywhere: signed out, sent to sign-in, refused, not refreshed (and cleared). */
function expectEnded(opened: Awaited<ReturnType<typeof whatTheCookieOpens>>) {
  expect(opened.actor).toBeNull()
  expect(opened.layout).toBe('/signin?callbackUrl=/desk')
  expect(opened.page).toBe(`/signin?callbackUrl=${encodeURIComponent('/desk/sources/new')}`)
  expect(opened.action.saved).toBe(false)
  expect(opened.action.state).toMatchObject({ status: 'forbidden', message: SIGN_IN_REQUIRED })
  expect(opened.audited).toBe(0)
  expect(opened.endpoint).toEqual({ user: null, cookie: '' })
}

/** What a live session gets: the user, the desk, a saved change, and a refreshed cookie. */
function expectLive(opened: Awaited<ReturnType<typeof whatTheCookieOpens>>, user: Actor) {
  expect(opened.actor).toBe(user.id)
  expect(opened.layout).toBeNull()
  expect(opened.page).toBeNull()
  expect(opened.action.saved).toBe(true)
  expect(opened.audited).toBe(1)
  expect(opened.endpoint.user).toBe(user.id)
  expect(opened.endpoint.cookie).toMatch(/^ey/)
}

let admin: Actor
let adminSession: string
beforeAll(async () => {
  admin = await makeUser('ADMIN')
  adminSession = await signInThroughNextAuth(admin.email, TEST_PASSWORD)
})

/** Runs an admin's form action from the admin's own signed-in browser. */
async function asAdmin(action: (state: never, data: FormData) => Promise<unknown>, values: Record<string, string>) {
  asBrowser(adminSession)
  const state = await action(undefined as never, form(values))
  expect(state).toMatchObject({ status: 'ok' })
}

describe('a session from before a change to the account ends', () => {
  it('works until the change (the baseline every test below starts from)', async () => {
    const editor = await makeUser('EDITOR')
    const session = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    expectLive(await whatTheCookieOpens(session, editor), editor)
    // The refreshed cookie is as good as the first.
    const refreshed = (await sessionEndpoint(session)).cookies.get(SESSION_COOKIE)!.value
    expectLive(await whatTheCookieOpens(refreshed, editor), editor)
  })

  it("one's own password change, made in another browser, ends the first; the browser that made it stays signed in", async () => {
    const editor = await makeUser('EDITOR')
    const kept = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    const changer = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    asBrowser(changer)
    const state = await changeOwnPasswordAction(undefined as never, form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))
    expect(state).toMatchObject({ status: 'ok' })
    const renewed = browserSession()!
    expect(renewed).not.toBe(changer)

    expectEnded(await whatTheCookieOpens(kept, editor))
    // The cookie the change was made with, as it was before being re-issued, has ended too.
    expectEnded(await whatTheCookieOpens(changer, editor))
    expectLive(await whatTheCookieOpens(renewed, editor), editor)
    // And the new password signs in.
    expectLive(await whatTheCookieOpens(await signInThroughNextAuth(editor.email, NEW_PASSWORD), editor), editor)
  })

  it("an admin's password reset ends the user's sessions", async () => {
    const editor = await makeUser('EDITOR')
    const session = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    await asAdmin(resetPasswordAction, { userId: editor.id })
    expectEnded(await whatTheCookieOpens(session, editor))
  })

  it('deactivation ends the sessions for good: reactivating does not revive them', async () => {
    const editor = await makeUser('EDITOR')
    const session = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    await asAdmin(setActiveAction, { userId: editor.id, active: 'false' })
    expectEnded(await whatTheCookieOpens(session, editor))
    await asAdmin(setActiveAction, { userId: editor.id, active: 'true' })
    expectEnded(await whatTheCookieOpens(session, editor))
  })

  it('a role change ends the sessions (a promotion too); choosing the role it already has does not', async () => {
    const editor = await makeUser('EDITOR')
    const session = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    await asAdmin(changeRoleAction, { userId: editor.id, role: 'EDITOR' })
    expectLive(await whatTheCookieOpens(session, editor), editor)
    await asAdmin(changeRoleAction, { userId: editor.id, role: 'REVIEWER' })
    expectEnded(await whatTheCookieOpens(session, editor))
  })

  it('"sign out everywhere" ends every session of the account, the one that asked included, and goes to sign-in', async () => {
    const editor = await makeUser('EDITOR')
    const other = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    const asking = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    asBrowser(asking)
    expect(await redirectOf(() => signOutEverywhereAction(undefined as never, form({ confirm: 'everywhere' })))).toBe('/signin?signedOut=everywhere')
    // This browser's cookie is gone; both cookies, presented again, are refused.
    expect(browserSession()).toBeUndefined()
    expectEnded(await whatTheCookieOpens(other, editor))
    expectEnded(await whatTheCookieOpens(asking, editor))
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'user.signOutEverywhere', entityId: editor.id } })
    expect(audit.actorId).toBe(editor.id)
    // Signing in again works as usual.
    expectLive(await whatTheCookieOpens(await signInThroughNextAuth(editor.email, TEST_PASSWORD), editor), editor)
  })

  it("a change to someone else's account leaves this session alone", async () => {
    const editor = await makeUser('EDITOR')
    const session = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    const colleague = await makeUser('EDITOR')
    await asAdmin(resetPasswordAction, { userId: colleague.id })
    await asAdmin(changeRoleAction, { userId: colleague.id, role: 'REVIEWER' })
    expectLive(await whatTheCookieOpens(session, editor), editor)
  })

  it('a token without a session version (issued before versions existed) counts for nothing', async () => {
    const editor = await makeUser('EDITOR')
    const legacy = await encode({ token: { uid: editor.id, name: editor.name, email: editor.email, sub: editor.id }, secret: process.env.NEXTAUTH_SECRET! })
    expectEnded(await whatTheCookieOpens(legacy, editor))
  })
})

describe('the pipeline compares the session version itself', () => {
  it('refuses an action whose caller was read before the change (a page loaded, then the password changed elsewhere)', async () => {
    const editor = await makeUser('EDITOR')
    const elsewhere = await signInThroughNextAuth(editor.email, TEST_PASSWORD)
    asBrowser(await signInThroughNextAuth(editor.email, TEST_PASSWORD))
    const actor = (await currentUser())!
    expect(actor.id).toBe(editor.id)
    asBrowser(elsewhere)
    const changed = await changeOwnPasswordAction(undefined as never, form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))
    expect(changed).toMatchObject({ status: 'ok' })
    const before = await db().auditEvent.count()
    const result = await createSource.execute(actor, { kind: 'NEWS', title: 'Never saved', publisher: 'Publisher' })
    expect(result).toEqual({ status: 'forbidden', message: SESSION_ENDED })
    expect(await db().source.count({ where: { title: 'Never saved' } })).toBe(0)
    expect(await db().auditEvent.count()).toBe(before)
  })
})
