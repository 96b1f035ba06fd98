'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { changeOwnPasswordAction } from '@/lib/users/form-actions'
import { FormStatus, Input, Submit } from './form'

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPasswordAction, IDLE_FORM)
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <FormStatus state={state} success="비밀번호를 바꿨습니다. 다른 곳의 로그인은 모두 끝났습니다. Your password was changed; every other session of this account was signed out." />
      {(
        [
          ['currentPassword', '현재 비밀번호 Current password', 'current-password'],
          ['newPassword', '새 비밀번호 (12자 이상) New password (12+ characters)', 'new-password'],
          ['confirmPassword', '새 비밀번호 확인 Confirm new password', 'new-password'],
        ] as const
      ).map(([name, label, autoComplete]) => (
        <Input key={name} name={name} label={label} state={state} type="password" autoComplete={autoComplete} required />
      ))}
      <Submit pending="저장 중… Saving…">비밀번호 바꾸기 Change password</Submit>
    </form>
  )
}
