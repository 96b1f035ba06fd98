'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { createUserAction } from '@/lib/users/form-actions'
import { ROLES } from '@/lib/users/schema'
import { FormStatus, Input, Select, Submit } from './form'

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, IDLE_FORM)
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
        <Input name="email" label="이메일 Email" state={state} type="email" required defaultValue={values.email} />
        <Input name="name" label="이름 Name" state={state} required defaultValue={values.name} />
        <Select name="role" label="역할 Role" state={state} defaultValue={values.role ?? 'EDITOR'}>
          {ROLES.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </Select>
        <Submit pending="만드는 중… Creating…">사용자 만들기 Create user</Submit>
      </form>
    </section>
  )
}
