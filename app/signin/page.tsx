import type { Metadata } from 'next'
import { SignInForm } from '@/components/desk/SignInForm'
import { parseEnv } from '@/lib/env'
import { oauthProviders } from '@/lib/auth/options'

export const metadata: Metadata = { title: '로그인 Sign in', robots: { index: false } }
export const dynamic = 'force-dynamic'

/** Only same-site paths: an attacker's link must not bounce a signed-in editor to another site. */
function safeCallback(value: string | string[] | undefined): string {
  return typeof value === 'string' && /^\/(?!\/)/.test(value) && !value.includes('\\') ? value : '/desk'
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const providers = oauthProviders(parseEnv()).map((provider) => ({ id: provider.id, name: provider.name }))
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">
        로그인 <span lang="en" className="font-normal text-stone-500">Sign in</span>
      </h1>
      <SignInForm callbackUrl={safeCallback(params.callbackUrl)} providers={providers} />
    </div>
  )
}
