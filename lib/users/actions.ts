// User administration (ADMIN only) and changing one's own password.
import { randomBytes } from 'node:crypto'
import { hashPassword, verifyPassword } from '../auth/password'
import { defineAction, type Tx } from '../actions/pipeline'
import { UserError } from '../errors'
import { changePasswordInput, changeRoleInput, createUserInput, resetPasswordInput, setActiveInput } from './schema'

/** 20 characters from a URL-safe alphabet: 120 bits, shown to the admin once, never stored in clear. */
export function oneTimePassword(): string {
  return randomBytes(15).toString('base64url')
}

const publicFields = { id: true, email: true, name: true, role: true, active: true } as const

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
    const after = await tx.user.update({ where: { id: before.id }, data: { role: input.role }, select: publicFields })
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
    const after = await tx.user.update({ where: { id: before.id }, data: { active: input.active }, select: publicFields })
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
      data: { passwordHash: await hashPassword(password), mustChangePassword: true },
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
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false },
    })
    await audit({ action: 'user.changePassword', entityType: 'user', entityId: actor.id })
    return { ok: true }
  },
})
