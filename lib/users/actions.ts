// User administration (ADMIN only), changing one's own password and ending one's own sessions. Each change that
// should end a user's sessions bumps their session version (ENDS_SESSIONS): tokens issued before stop counting at
// the next page or action (lib/auth/session-token.ts).
import { randomBytes } from 'node:crypto'
import { hashPassword, verifyPassword } from '../auth/password'
import { defineAction, type Tx } from '../actions/pipeline'
import { UserError } from '../errors'
import { changePasswordInput, changeRoleInput, createUserInput, resetPasswordInput, setActiveInput, signOutEverywhereInput } from './schema'

/** 20 characters from a URL-safe alphabet: 120 bits, shown to the admin once, never stored in clear. */
export function oneTimePassword(): string {
  return randomBytes(15).toString('base64url')
}

const publicFields = { id: true, email: true, name: true, role: true, active: true } as const

/** Update data that ends every session the user has now. */
const ENDS_SESSIONS = { sessionVersion: { increment: 1 } } as const

/** The desk must never be left without an active admin. */
async function assertAnotherActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: userId } } })
  if (others === 0) throw new UserError('마지막 관리자는 바꿀 수 없습니다. The last active admin cannot be demoted or deactivated.')
}

export const createUser = defineAction({
  name: 'users.create',
  permission: 'users.manage',
  input: createUserInput,
  async run({ tx, input, audit }) {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new UserError('이미 등록된 이메일입니다. A user with this email already exists.')
    }
    const password = oneTimePassword()
    const user = await tx.user.create({
      data: { ...input, passwordHash: await hashPassword(password), mustChangePassword: true },
      select: publicFields,
    })
    await audit({ action: 'user.create', entityType: 'user', entityId: user.id, after: user })
    return { user, password }
  },
  revalidate: () => ['/desk/users'],
})

export const changeRole = defineAction({
  name: 'users.changeRole',
  permission: 'users.manage',
  input: changeRoleInput,
  async run({ tx, input, audit }) {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: publicFields })
    if (!before) throw new UserError('사용자를 찾을 수 없습니다. No such user.')
    if (before.role === 'ADMIN' && input.role !== 'ADMIN') await assertAnotherActiveAdmin(tx, before.id)
    // A new role ends the user's sessions, so that none goes on under the old one's screens.
    const data = before.role === input.role ? {} : { role: input.role, ...ENDS_SESSIONS }
    const after = await tx.user.update({ where: { id: before.id }, data, select: publicFields })
    await audit({ action: 'user.role', entityType: 'user', entityId: after.id, before, after })
    return after
  },
  revalidate: () => ['/desk/users'],
})

export const setActive = defineAction({
  name: 'users.setActive',
  permission: 'users.manage',
  input: setActiveInput,
  async run({ tx, input, audit }) {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: publicFields })
    if (!before) throw new UserError('사용자를 찾을 수 없습니다. No such user.')
    if (!input.active && before.role === 'ADMIN') await assertAnotherActiveAdmin(tx, before.id)
    // Deactivation ends the sessions for good: reactivating later must not revive them.
    const data = input.active ? { active: true } : { active: false, ...ENDS_SESSIONS }
    const after = await tx.user.update({ where: { id: before.id }, data, select: publicFields })
    await audit({ action: input.active ? 'user.activate' : 'user.deactivate', entityType: 'user', entityId: after.id, before, after })
    return after
  },
  revalidate: () => ['/desk/users'],
})

export const resetPassword = defineAction({
  name: 'users.resetPassword',
  permission: 'users.manage',
  input: resetPasswordInput,
  async run({ tx, input, audit }) {
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) throw new UserError('사용자를 찾을 수 없습니다. No such user.')
    const password = oneTimePassword()
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { passwordHash: await hashPassword(password), mustChangePassword: true, ...ENDS_SESSIONS },
      select: publicFields,
    })
    await audit({ action: 'user.resetPassword', entityType: 'user', entityId: user.id })
    return { user, password }
  },
  revalidate: () => ['/desk/users'],
})

export const changeOwnPassword = defineAction({
  name: 'users.changeOwnPassword',
  permission: 'desk.view',
  allowedWithOneTimePassword: true,
  input: changePasswordInput,
  async run({ tx, actor, input, audit }) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } })
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new UserError('현재 비밀번호가 올바르지 않습니다. The current password is incorrect.')
    }
    if (input.newPassword === input.currentPassword) {
      throw new UserError('새 비밀번호는 지금 것과 달라야 합니다. Choose a password different from the current one.')
    }
    // Ends every session, this one included; the form wrapper re-issues this browser's token at the new version.
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, ...ENDS_SESSIONS },
      select: { id: true, sessionVersion: true },
    })
    await audit({ action: 'user.changePassword', entityType: 'user', entityId: actor.id })
    // A one-time password's holder goes on to the desk (lib/users/form-actions.ts); anyone else stays on the form.
    return { userId: updated.id, sessionVersion: updated.sessionVersion, wasOneTime: user.mustChangePassword }
  },
})

export const signOutEverywhere = defineAction({
  name: 'users.signOutEverywhere',
  permission: 'sessions.endOwn',
  input: signOutEverywhereInput,
  async run({ tx, actor, audit }) {
    await tx.user.update({ where: { id: actor.id }, data: ENDS_SESSIONS })
    await audit({ action: 'user.signOutEverywhere', entityType: 'user', entityId: actor.id })
    return { ok: true }
  },
})
