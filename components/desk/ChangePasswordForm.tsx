'use client'
// Changing one's own password. The new password's length is checked in the browser too (minLength, the server's
// rule), so a too-short one is refused before anything is sent and what was typed stays; a refusal from the server
// clears the fields, since passwords are never sent back (lib/actions/form.ts).
import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { changeOwnPasswordAction } from '@/lib/users/form-actions'
import { MIN_PASSWORD, PASSWORD_CHANGED } from '@/lib/users/schema'
import { FormStatus, Input, Submit } from './form'

const FIELDS = [
  ['currentPassword', '현재 비밀번호 Current password', 'current-password', undefined],
  ['newPassword', `새 비밀번호 (${MIN_PASSWORD}자 이상) New password (${MIN_PASSWORD}+ characters)`, 'new-password', MIN_PASSWORD],
  ['confirmPassword', '새 비밀번호 확인 Confirm new password', 'new-password', MIN_PASSWORD],
] as const

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPasswordAction, IDLE_FORM)
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <FormStatus state={state} success={PASSWORD_CHANGED} />
      {FIELDS.map(([name, label, autoComplete, minLength]) => (
        <Input key={name} name={name} label={label} state={state} type="password" autoComplete={autoComplete} minLength={minLength} required />
      ))}
      <Submit pending="저장 중… Saving…">비밀번호 바꾸기 Change password</Submit>
    </form>
  )
}
