import Link from 'next/link'
import { Markdown } from '@/components/Markdown'
import { RatingScaleTable } from '@/components/RatingScaleTable'
import { METHODOLOGY_SLUG } from '@/lib/pages/defaults'
import { sitePage } from '@/lib/pages/queries'
import { publicScale } from '@/lib/ratings/queries'
import { twoPersonRule } from '@/lib/settings/queries'

// The scale and the two-person rule are live data that admins change.
export const dynamic = 'force-dynamic'

export async function generateMetadata() {
  const page = await sitePage(METHODOLOGY_SLUG)
  return { title: page.title }
}

export default async function MethodologyPage() {
  const [page, scale, rule] = await Promise.all([sitePage(METHODOLOGY_SLUG), publicScale(), twoPersonRule()])
  const active = scale.ratings.filter((rating) => !rating.retired)
  const retired = scale.ratings.filter((rating) => rating.retired)

  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        {page.updatedAt ? (
          <p className="mt-1 text-sm text-stone-600">
            최종 수정 Last updated <time dateTime={page.updatedAt.toISOString()}>{page.updatedAt.toLocaleDateString('ko-KR')}</time>
          </p>
        ) : null}
      </header>
      <Markdown>{page.body}</Markdown>

      <section aria-labelledby="scale-heading" className="space-y-3">
        <h2 id="scale-heading" className="text-xl font-semibold">
          판정 척도 <span lang="en" className="font-normal text-stone-500">Rating scale</span>
        </h2>
        <p className="text-sm text-stone-700">
          수치는 기계가 읽는 판정 정보(ClaimReview)에 쓰이며 클수록 사실에 가깝습니다. 수치가 없는 등급은 그 범위 밖에
          있습니다.{' '}
          <span lang="en">
            The numeric value is used in machine-readable verdicts (ClaimReview); higher is closer to true. A rating without
            one sits outside that range.
          </span>
        </p>
        {active.length ? (
          <RatingScaleTable ratings={active} />
        ) : (
          <p className="text-stone-600">
            척도가 아직 없습니다. <span lang="en">No rating scale has been set up yet.</span>
          </p>
        )}
        {retired.length ? (
          <p className="text-sm text-stone-600">
            더 이상 쓰지 않는 등급 (이전 판정에만 남아 있음): <span lang="en">Retired ratings, kept on earlier verdicts only:</span>{' '}
            {retired.map((rating) => `${rating.labelKo} (${rating.labelEn})`).join(', ')}
          </p>
        ) : null}
      </section>

      <p className="rounded border border-stone-200 bg-white p-3 text-sm">
        {rule
          ? '두 사람 규칙: 켜짐 — 판정은 초안을 쓰지 않은 사람이 검토하고 공개합니다. '
          : '두 사람 규칙: 꺼짐 — 이 편집국에서는 초안을 쓴 사람이 직접 공개할 수 있습니다. '}
        <span lang="en">
          {rule
            ? 'Two-person rule: on — every verdict is reviewed and published by someone other than its author.'
            : 'Two-person rule: off — in this newsroom the author of a verdict may publish it.'}
        </span>
      </p>
      <p className="text-sm">
        <Link href="/" className="underline">
          ← 검증된 주장 목록 All checked claims
        </Link>
      </p>
    </article>
  )
}
