'use client'

import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { buttonClass, Input } from './form'

export function SignInForm({ callbackUrl, providers }: { callbackUrl: string; providers: { id: string; name: string }[] }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setPending(true)
    setError(null)
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    })
    setPending(false)
    if (result?.ok && !result.error) {
      router.push(callbackUrl)
      router.refresh()
    } else {
      setError(
        result?.error && result.error !== 'CredentialsSignin'
          ? result.error
          : '이메일 또는 비밀번호가 올바르지 않습니다. Email or password is incorrect.',
      )
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
        {error ? (
          <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-900">
            {error}
          </p>
        ) : null}
        <Input name="email" label="이메일 Email" type="email" autoComplete="username" required />
        <Input name="password" label="비밀번호 Password" type="password" autoComplete="current-password" required />
        <button type="submit" disabled={pending} className={`w-full ${buttonClass}`}>
          {pending ? '확인 중… Checking…' : '로그인 Sign in'}
        </button>
      </form>
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          onClick={() => signIn(provider.id, { callbackUrl })}
          className="w-full rounded border border-stone-400 px-4 py-2"
        >
          {provider.name}(으)로 로그인 · Sign in with {provider.name}
        </button>
      ))}
    </div>
  )
}
