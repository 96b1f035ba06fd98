'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { createUserAction } from '@/lib/users/form-actions'
import { ROLES } from '@/lib/users/schema'
import { FieldError, FormStatus } from './form'

const inputClass = 'mt-1 w-full rounded border border-stone-300 px-3 py-2'

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, IDLE_FORM)
  const created = state.status === 'ok' ? (state.data as { user: { email: string }; password: string }) : null
  const values = state.values ?? {}
  return (
    <section aria-labelledby="new-user" className="max-w-md space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="new-user" className="text-lg font-semibold">
        새 사용자 <span lang="en" className="font-normal text-stone-500">New user</span>
      </h2>
      {created ? (
        <p role="status" className="rounded bg-green-50 p-3 text-sm">
          {created.user.email} 계정을 만들었습니다. 임시 비밀번호 (한 번만 표시):{' '}
          <span lang="en">Created. One-time password, shown once:</span>{' '}
          <code className="select-all font-mono">{created.password}</code>
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      {/* Keyed on the submission so that refused input comes back into the fields. */}
      <form key={state.submission} action={action} className="space-y-3">
        <label className="block">
          <span className="text-sm font-medium">이메일 Email</span>
          <input name="email" type="email" required defaultValue={values.email} aria-describedby="email-error" className={inputClass} />
          <FieldError state={state} name="email" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">이름 Name</span>
          <input name="name" required defaultValue={values.name} aria-describedby="name-error" className={inputClass} />
          <FieldError state={state} name="name" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">역할 Role</span>
          <select name="role" defaultValue={values.role ?? 'EDITOR'} className={inputClass}>
            {ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
          <FieldError state={state} name="role" />
        </label>
        <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? '만드는 중… Creating…' : '사용자 만들기 Create user'}
        </button>
      </form>
    </section>
  )
}
