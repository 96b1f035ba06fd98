import Link from 'next/link'
import { connection } from 'next/server'
import { SiteFrame } from '@/components/SiteFrame'

export default async function NotFound() {
  // Rendered per request, not prerendered: the script nonce of the page's Content-Security-Policy is per request.
  await connection()
  return (
    <SiteFrame>
    <div className="mx-auto max-w-3xl space-y-3">
      <h1 className="text-2xl font-bold">페이지를 찾을 수 없습니다</h1>
      <p lang="en" className="text-stone-600">
        This page does not exist, or the claim has not been published.
      </p>
      <Link href="/" className="underline">
        검증된 주장 목록으로 · Back to all claims
      </Link>
    </div>
    </SiteFrame>
  )
}
