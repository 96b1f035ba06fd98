import { ChangePasswordForm } from '@/components/desk/ChangePasswordForm'
import { SignOutEverywhereForm } from '@/components/desk/SignOutEverywhereForm'
import { requireUser } from '@/lib/auth/session'

export default async function PasswordPage() {
  const { user } = await requireUser('desk.view', '/desk/password')
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">
        비밀번호 변경 <span lang="en" className="font-normal text-stone-500">Change password</span>
      </h1>
      {user.mustChangePassword ? (
        <p className="rounded bg-amber-50 p-3 text-sm">
          관리자가 준 임시 비밀번호입니다. 계속하려면 새 비밀번호를 정하세요.{' '}
          <span lang="en">You signed in with a one-time password: choose your own to continue.</span>
        </p>
      ) : null}
      <ChangePasswordForm />
      {/* On a one-time password the only step is choosing one's own (which ends every other session anyway). */}
      {user.mustChangePassword ? null : <SignOutEverywhereForm />}
    </div>
  )
}
