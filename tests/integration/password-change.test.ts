// Choosing one's own password: leaving a one-time password lands on the desk, which says so, and the "choose your
// own to continue" banner is gone; any other change stays on the form. A too-short new password is refused by the
// browser before sending (minLength as the server's rule) and by the server with the rule in words. Signed in
// through next-auth for real, the pages and the form action called as the browser would.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { db } from '../../lib/db/client'
import { MIN_PASSWORD, PASSWORD_CHANGED, PASSWORD_CHANGED_PATH, PASSWORD_TOO_SHORT } from '../../lib/users/schema'
import { signInThroughNextAuth } from '../support/next-auth'
import { asBrowser, browserSession, redirectOf } from '../support/next-request'
import { makeUser, TEST_PASSWORD } from '../support/users'

process.env.NEXTAUTH_URL = 'http://localhost:3000'

vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeaders)
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { changeOwnPasswordAction } = await import('../../lib/users/form-actions')
const { default: PasswordPage } = await import('../../app/(desk)/desk/password/page')
const { default: DeskHome } = await import('../../app/(desk)/desk/page')
const { ChangePasswordForm } = await import('../../components/desk/ChangePasswordForm')

const BANNER = 'choose your own to continue'
const NEW_PASSWORD = 'a brand new password 새 비밀번호'

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.append(key, value)
  return data
}
const change = (newPassword: string, confirmPassword = newPassword) =>
  changeOwnPasswordAction(undefined as never, form({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword }))

const passwordPage = async () => renderToString((await PasswordPage()) as React.ReactElement)
const deskHome = async (query: Record<string, string>) => renderToString((await DeskHome({ searchParams: Promise.resolve(query) })) as React.ReactElement)

/** A desk user signed in with a one-time password (as an admin's new user or reset leaves them), in the browser. */
async function oneTimeUser() {
  const user = await makeUser('EDITOR')
  await db().user.update({ where: { id: user.id }, data: { mustChangePassword: true } })
  asBrowser(await signInThroughNextAuth(user.email, TEST_PASSWORD))
  return user
}

describe('changing one’s own password', () => {
  it('leaving a one-time password lands on the desk, which says so; the banner is gone', async () => {
    const user = await oneTimeUser()
    expect(await passwordPage()).toContain(BANNER)
    // Until then the desk sends the user back to the form.
    expect(await redirectOf(() => deskHome({}))).toBe('/desk/password')

    expect(await redirectOf(() => change(NEW_PASSWORD))).toBe(PASSWORD_CHANGED_PATH)
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false)

    // The browser goes on with its re-issued session: the desk opens, saying the password was changed.
    asBrowser(browserSession())
    const desk = await deskHome({ password: 'changed' })
    expect(desk).toMatch(new RegExp(`<p role="status"[^>]*>${PASSWORD_CHANGED.replace(/[.;]/g, '\\$&')}</p>`))
    expect(await deskHome({})).not.toContain('Your password was changed')
    expect(await passwordPage()).not.toContain(BANNER)
  })

  it('a change of a password one chose stays on the form with its confirmation', async () => {
    const user = await makeUser('EDITOR')
    asBrowser(await signInThroughNextAuth(user.email, TEST_PASSWORD))
    let state: unknown
    expect(await redirectOf(async () => (state = await change(NEW_PASSWORD)))).toBeNull()
    expect(state).toMatchObject({ status: 'ok' })
  })

  it('a too-short new password is refused with the rule in words, and nothing changes', async () => {
    const user = await oneTimeUser()
    const short = 'x'.repeat(MIN_PASSWORD - 1)
    const state = await change(short)
    expect(state).toMatchObject({ status: 'invalid', fieldErrors: { newPassword: [PASSWORD_TOO_SHORT] } })
    expect(PASSWORD_TOO_SHORT).toContain(`${MIN_PASSWORD}자 이상`)
    expect(PASSWORD_TOO_SHORT).toContain(`at least ${MIN_PASSWORD} characters`)
    // Passwords are never sent back to the browser.
    expect(JSON.stringify(state)).not.toContain(short)
    expect(JSON.stringify(state)).not.toContain(TEST_PASSWORD)
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true)
    // Exactly the minimum is enough.
    expect(await redirectOf(() => change('y'.repeat(MIN_PASSWORD)))).toBe(PASSWORD_CHANGED_PATH)
  })

  it('the form refuses a too-short new password in the browser: minLength on both new-password fields only', () => {
    const html = renderToString(createElement(ChangePasswordForm))
    const input = (name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)![0]
    expect(input('newPassword')).toContain(`minLength="${MIN_PASSWORD}"`)
    expect(input('confirmPassword')).toContain(`minLength="${MIN_PASSWORD}"`)
    expect(input('currentPassword')).not.toContain('minLength')
    expect(html).toContain(`새 비밀번호 (${MIN_PASSWORD}자 이상) New password (${MIN_PASSWORD}+ characters)`)
  })
})
