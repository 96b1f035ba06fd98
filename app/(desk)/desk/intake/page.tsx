import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { IntakeStart } from '@/components/desk/intake/IntakeStart'
import { requireUser } from '@/lib/auth/session'
import { claimantChoices, sourcesWithText } from '@/lib/claim-intake/queries'

export const dynamic = 'force-dynamic'

/** From an article to claims in one pass: read its figures, see what the desk already has, log them in one submit. */
export default async function IntakePage({ searchParams }: { searchParams: Promise<{ source?: string | string[] }> }) {
  const { allowed } = await requireUser('intake.commit', '/desk/intake')
  if (!allowed) return <Forbidden />
  const [sources, claimants, params] = await Promise.all([sourcesWithText(), claimantChoices(), searchParams])
  const initialSourceId = typeof params.source === 'string' && sources.some((s) => s.id === params.source) ? params.source : undefined
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/desk" className="underline">
          ← 데스크 Desk
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        기사에서 주장 가져오기 <span lang="en" className="font-normal text-stone-500">Claims from an article</span>
      </h1>
      <p className="text-sm text-stone-700">
        기사를 붙여넣거나 고르면 확인할 수 있는 수치를 문장별로 찾고, 데스크에 이미 있는 주장과 맞춰 봅니다. 고른 수치는 한 번에 기록됩니다.{' '}
        <span lang="en">Paste or pick an article: its checkable figures are listed by sentence, matched against the desk’s claims, and logged with one submit.</span>
      </p>
      <IntakeStart sources={sources} claimants={claimants} initialSourceId={initialSourceId} />
    </div>
  )
}
