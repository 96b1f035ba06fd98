'use client'

import { useActionState } from 'react'
import type { Role } from '@/lib/db/generated/enums'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { changeRoleAction, resetPasswordAction, setActiveAction } from '@/lib/users/form-actions'
import { ROLES } from '@/lib/users/schema'
import { Select } from './form'

interface Row {
  id: string
  email: string
  name: string
  role: Role
  active: boolean
  mustChangePassword: boolean
}

export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const [roleState, changeRole, rolePending] = useActionState(changeRoleAction, IDLE_FORM)
  const [activeState, toggleActive] = useActionState(setActiveAction, IDLE_FORM)
  const [resetState, reset] = useActionState(resetPasswordAction, IDLE_FORM)
  const error = [roleState, activeState, resetState].find((state) => state.status !== 'idle' && state.status !== 'ok')
  const newPassword = resetState.status === 'ok' ? (resetState.data as { password: string }).password : null

  return (
    <tr className={`border-b border-stone-200 align-top ${user.active ? '' : 'text-stone-400'}`}>
      <td className="py-2">
        {user.name}
        {isSelf ? <span className="ml-1 text-xs">(나 you)</span> : null}
      </td>
      <td>{user.email}</td>
      <td>
        <form action={changeRole} className="flex gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <Select
            id={`role-${user.id}`}
            name="role"
            label={`Role of ${user.email}`}
            labelClassName="sr-only"
            defaultValue={user.role}
            className="rounded border border-stone-300 px-1"
          >
            {ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </Select>
          <button type="submit" disabled={rolePending} className="underline">
            변경 Change
          </button>
        </form>
      </td>
      <td>{user.active ? (user.mustChangePassword ? '임시 비밀번호 One-time password' : '활성 Active') : '비활성 Deactivated'}</td>
      <td className="space-y-1">
        <form action={toggleActive}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={String(!user.active)} />
          <button type="submit" className="underline">
            {user.active ? '비활성화 Deactivate' : '활성화 Activate'}
          </button>
        </form>
        <form action={reset}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" className="underline">
            비밀번호 재설정 Reset password
          </button>
        </form>
        {newPassword ? (
          <p role="status" className="rounded bg-green-50 p-2 text-xs">
            임시 비밀번호 (한 번만 표시) One-time password, shown once: <code className="select-all font-mono">{newPassword}</code>
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-xs text-red-800">
            {error.message}
          </p>
        ) : null}
      </td>
    </tr>
  )
}
