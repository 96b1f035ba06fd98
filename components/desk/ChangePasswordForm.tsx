'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { changeOwnPasswordAction } from '@/lib/users/form-actions'
import { FieldError, fieldErrorId, FormStatus } from './form'

const inputClass = 'mt-1 w-full rounded border border-stone-300 px-3 py-2'

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, IDLE_FORM)
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
        <label key={name} className="block">
          <span className="text-sm font-medium">{label}</span>
          <input
            name={name}
            type="password"
            autoComplete={autoComplete}
            required
            aria-invalid={Boolean(state.fieldErrors?.[name])}
            aria-describedby={fieldErrorId(name)}
            className={inputClass}
          />
          <FieldError state={state} name={name} />
        </label>
      ))}
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? '저장 중… Saving…' : '비밀번호 바꾸기 Change password'}
      </button>
    </form>
  )
}
