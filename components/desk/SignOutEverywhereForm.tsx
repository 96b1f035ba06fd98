'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { signOutEverywhereAction } from '@/lib/users/form-actions'
import { FormStatus } from './form'

/** Ends every session of one's own account, this browser's included; on success the action goes to sign-in. */
export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, IDLE_FORM)
  return (
    <form action={action} aria-labelledby="sign-out-everywhere" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="sign-out-everywhere" className="font-semibold">
        모든 기기에서 로그아웃 <span lang="en" className="font-normal text-stone-500">Sign out everywhere</span>
      </h2>
      <p className="text-sm text-stone-700">
        이 계정의 모든 로그인(이 브라우저 포함)을 끝냅니다. 다른 곳에 로그인한 채 둔 기기가 있거나 비밀번호가 알려졌을 수 있을 때 쓰세요.{' '}
        <span lang="en">Ends every session of this account, this browser included: use it when a device elsewhere is still signed in, or your password may be known.</span>
      </p>
      <FormStatus state={state} />
      <input type="hidden" name="confirm" value="everywhere" />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-2 font-medium disabled:opacity-60">
        {pending ? '로그아웃 중… Signing out…' : '모든 기기에서 로그아웃 Sign out everywhere'}
      </button>
    </form>
  )
}
