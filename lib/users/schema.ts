import { z } from 'zod'
import { idField, requiredText } from '../actions/fields'

export const ROLES = ['EDITOR', 'REVIEWER', 'ADMIN'] as const

export const createUserInput = z.object({
  email: z.email('이메일 주소를 확인하세요. Enter a valid email address.').trim().toLowerCase().max(320),
  name: requiredText(100),
  role: z.enum(ROLES, { error: '역할을 고르세요. Choose a role.' }),
})

export const changeRoleInput = z.object({ userId: idField, role: z.enum(ROLES) })

export const setActiveInput = z.object({ userId: idField, active: z.enum(['true', 'false']).transform((v) => v === 'true') })

export const resetPasswordInput = z.object({ userId: idField })

export const MIN_PASSWORD = 12
/** A changed password, as the password form and (after a one-time password) the desk say it. */
export const PASSWORD_CHANGED =
  '비밀번호를 바꿨습니다. 다른 곳의 로그인은 모두 끝났습니다. Your password was changed; every other session of this account was signed out.'
/** Where a user lands after leaving a one-time password: the desk, saying so. */
export const PASSWORD_CHANGED_PATH = '/desk?password=changed'
/** The rule a too-short new password breaks, in words (the form's inputs refuse one before sending: minLength). */
export const PASSWORD_TOO_SHORT = `새 비밀번호는 ${MIN_PASSWORD}자 이상이어야 합니다. The new password must be at least ${MIN_PASSWORD} characters long.`

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, '현재 비밀번호를 입력하세요. Enter your current password.').max(1000),
    newPassword: z
      .string()
      .min(MIN_PASSWORD, PASSWORD_TOO_SHORT)
      .max(1000),
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: '새 비밀번호가 서로 다릅니다. The new passwords do not match.',
  })

/** The button sends this field: an empty call (a stray or replayed request) ends nothing. */
export const signOutEverywhereInput = z.object({ confirm: z.literal('everywhere') })
