import type { Metadata } from 'next'
import { SignInForm } from '@/components/desk/SignInForm'
import { parseEnv } from '@/lib/env'
import { oauthProviders } from '@/lib/auth/options'
import { sameSitePath } from '@/lib/safe-path'

export const metadata: Metadata = { title: '로그인 Sign in', robots: { index: false } }
export const dynamic = 'force-dynamic'

// next-auth sends OAuth failures back here as ?error=<code>; its codes are not meant for people.
const OAUTH_ERRORS: Record<string, string> = {
  AccessDenied: '이 계정으로는 들어올 수 없습니다. 관리자에게 문의하세요. This account has no access to the desk; ask an admin.',
  default: '로그인하지 못했습니다. 다시 시도하세요. Sign-in did not succeed; please try again.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  // Only same-site paths: an attacker's link must not bounce a signed-in editor to another site.
  const callbackUrl = sameSitePath(params.callbackUrl) ?? '/desk'
  const providers = oauthProviders(parseEnv()).map((provider) => ({ id: provider.id, name: provider.name }))
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">
        로그인 <span lang="en" className="font-normal text-stone-500">Sign in</span>
      </h1>
      {params.signedOut === 'everywhere' ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          모든 기기에서 로그아웃했습니다. 다시 로그인하세요. <span lang="en">You were signed out everywhere. Sign in again to continue.</span>
        </p>
      ) : null}
      {params.error ? (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-900">
          {OAUTH_ERRORS[String(params.error)] ?? OAUTH_ERRORS.default}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} providers={providers} />
    </div>
  )
}
