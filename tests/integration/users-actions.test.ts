import { describe, expect, it } from 'vitest'
import { CHANGE_PASSWORD_FIRST, NOT_ALLOWED, SESSION_ENDED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { verifyPassword } from '../../lib/auth/password'
import { db } from '../../lib/db/client'
import { changeOwnPassword, changeRole, createUser, resetPassword, setActive, signOutEverywhere } from '../../lib/users/actions'
import { everyCaller, makeUser, TEST_PASSWORD } from '../support/users'

describe('user administration: who may', () => {
  it('only an ADMIN creates users; everyone else is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      const email = `new-${who.replace(' ', '-').toLowerCase()}@example.com`
      const result = await createUser.execute(caller, { email, name: '새 기자', role: 'EDITOR' })
      const row = await db().user.findUnique({ where: { email } })
      if (who === 'ADMIN') {
        expect(result.status).toBe('ok')
        expect(row?.mustChangePassword).toBe(true)
      } else {
        expect(result).toEqual({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })
        expect(row).toBeNull()
      }
    }
  })

  it('only an ADMIN changes roles, deactivates and resets passwords', async () => {
    for (const [who, caller] of await everyCaller()) {
      const target = await makeUser('EDITOR')
      const results = [
        await changeRole.execute(caller, { userId: target.id, role: 'REVIEWER' }),
        await setActive.execute(caller, { userId: target.id, active: 'false' }),
        await resetPassword.execute(caller, { userId: target.id }),
      ]
      const after = await db().user.findUniqueOrThrow({ where: { id: target.id } })
      if (who === 'ADMIN') {
        expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok'])
        expect(after).toMatchObject({ role: 'REVIEWER', active: false, mustChangePassword: true })
      } else {
        expect(results.map((r) => r.status)).toEqual(['forbidden', 'forbidden', 'forbidden'])
        expect(after).toMatchObject({ role: 'EDITOR', active: true, mustChangePassword: false })
      }
    }
  })
})

describe('user administration: behaviour', () => {
  it('a new user gets a one-time password that works once hashed, and shows up in the audit log', async () => {
    const admin = await makeUser('ADMIN')
    const result = await createUser.execute(admin, { email: 'Reporter@Example.com', name: '기자', role: 'EDITOR' })
    if (result.status !== 'ok') throw new Error(result.message)
    const row = await db().user.findUniqueOrThrow({ where: { email: 'reporter@example.com' } })
    expect(await verifyPassword(row.passwordHash, result.data.password)).toBe(true)
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'user.create', entityId: row.id } })
    expect(audit.actorId).toBe(admin.id)
    expect(JSON.stringify(audit.data)).not.toContain(result.data.password)
  })

  it('refuses a duplicate email and bad input with field errors', async () => {
    const admin = await makeUser('ADMIN')
    await makeUser('EDITOR', { email: 'taken@example.com' })
    expect(await createUser.execute(admin, { email: 'taken@example.com', name: 'x', role: 'EDITOR' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('already exists'),
    })
    const invalid = await createUser.execute(admin, { email: 'not-an-email', name: '', role: 'OWNER' })
    expect(invalid.status).toBe('invalid')
    if (invalid.status === 'invalid') expect(Object.keys(invalid.fieldErrors).sort()).toEqual(['email', 'name', 'role'])
  })

  it('a demoted or deactivated admin loses the right at the next mutation, whatever their session says', async () => {
    const admin = await makeUser('ADMIN')
    await makeUser('ADMIN')
    await db().user.update({ where: { id: admin.id }, data: { role: 'EDITOR' } })
    // `admin` still carries role ADMIN, as a stale token would.
    expect((await createUser.execute(admin, { email: 'a1@example.com', name: 'x', role: 'EDITOR' })).status).toBe('forbidden')
    await db().user.update({ where: { id: admin.id }, data: { role: 'ADMIN', active: false } })
    expect((await createUser.execute(admin, { email: 'a2@example.com', name: 'x', role: 'EDITOR' })).status).toBe('forbidden')
  })

  it('a password change, reset, deactivation, role change or "sign out everywhere" bumps the session version; nothing else does', async () => {
    const admin = await makeUser('ADMIN')
    const version = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).sessionVersion
    const target = await makeUser('EDITOR')
    const steps: [string, () => Promise<{ status: string }>, number][] = [
      ['same role', () => changeRole.execute(admin, { userId: target.id, role: 'EDITOR' }), 0],
      ['new role', () => changeRole.execute(admin, { userId: target.id, role: 'REVIEWER' }), 1],
      ['reset', () => resetPassword.execute(admin, { userId: target.id }), 1],
      ['deactivate', () => setActive.execute(admin, { userId: target.id, active: 'false' }), 1],
      ['reactivate', () => setActive.execute(admin, { userId: target.id, active: 'true' }), 0],
    ]
    for (const [label, step, bump] of steps) {
      const before = await version(target.id)
      expect((await step()).status, label).toBe('ok')
      expect(await version(target.id), label).toBe(before + bump)
    }
    expect(await version(admin.id)).toBe(0)

    const own = await makeUser('EDITOR')
    const input = { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password', confirmPassword: 'a much longer password' }
    expect(await changeOwnPassword.execute(own, input)).toMatchObject({ status: 'ok', data: { userId: own.id, sessionVersion: 1 } })
    // The actor still carries version 0, as the token of another browser would.
    expect(await signOutEverywhere.execute(own, { confirm: 'everywhere' })).toEqual({ status: 'forbidden', message: SESSION_ENDED })
    expect((await signOutEverywhere.execute({ ...own, sessionVersion: 1 }, { confirm: 'everywhere' })).status).toBe('ok')
    expect(await version(own.id)).toBe(2)
  })

  it('"sign out everywhere" needs its confirming field, so an empty call ends nothing', async () => {
    const user = await makeUser('REVIEWER')
    expect((await signOutEverywhere.execute(user, {})).status).toBe('invalid')
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0)
  })

  it('never leaves the desk without an active admin', async () => {
    await db().user.deleteMany()
    const only = await makeUser('ADMIN')
    expect(await changeRole.execute(only, { userId: only.id, role: 'EDITOR' })).toMatchObject({ status: 'error' })
    expect(await setActive.execute(only, { userId: only.id, active: 'false' })).toMatchObject({ status: 'error' })
    expect((await db().user.findUniqueOrThrow({ where: { id: only.id } })).role).toBe('ADMIN')
  })

  it('a user still on a one-time password may only choose their own password', async () => {
    const admin = await makeUser('ADMIN')
    await db().user.update({ where: { id: admin.id }, data: { mustChangePassword: true } })
    expect(await createUser.execute(admin, { email: 'x@example.com', name: 'x', role: 'EDITOR' })).toEqual({
      status: 'forbidden',
      message: CHANGE_PASSWORD_FIRST,
    })
    const input = { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password', confirmPassword: 'a much longer password' }
    const changed = await changeOwnPassword.execute(admin, input)
    if (changed.status !== 'ok') throw new Error(changed.message)
    // The change ended every session; the browser that made it goes on at the new version (the form wrapper
    // re-issues its token, tests/integration/session-version.test.ts).
    const renewed = { ...admin, sessionVersion: changed.data.sessionVersion }
    expect((await createUser.execute(renewed, { email: 'x@example.com', name: 'x', role: 'EDITOR' })).status).toBe('ok')
  })

  it('changing a password needs a signed-in desk user', async () => {
    const input = { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password', confirmPassword: 'a much longer password' }
    expect(await changeOwnPassword.execute(null, input)).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
    const gone = await makeUser('EDITOR', { active: false })
    expect(await changeOwnPassword.execute(gone, input)).toEqual({ status: 'forbidden', message: NOT_ALLOWED })
  })

  it('changing one’s own password needs the current one and clears the one-time flag', async () => {
    const user = await makeUser('EDITOR')
    await db().user.update({ where: { id: user.id }, data: { mustChangePassword: true } })
    const wrong = await changeOwnPassword.execute(user, { currentPassword: 'nope', newPassword: 'a much longer password', confirmPassword: 'a much longer password' })
    expect(wrong).toMatchObject({ status: 'error', message: expect.stringContaining('current password is incorrect') })
    const mismatch = await changeOwnPassword.execute(user, { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password', confirmPassword: 'different' })
    expect(mismatch.status === 'invalid' && mismatch.fieldErrors.confirmPassword).toBeTruthy()
    const ok = await changeOwnPassword.execute(user, { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password', confirmPassword: 'a much longer password' })
    expect(ok.status).toBe('ok')
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } })
    expect(row.mustChangePassword).toBe(false)
    expect(await verifyPassword(row.passwordHash, 'a much longer password')).toBe(true)
  })
})
