import Link from 'next/link'
import { AddRatingForm } from '@/components/desk/AddRatingForm'
import { Forbidden } from '@/components/desk/Forbidden'
import { RatingEditor } from '@/components/desk/RatingEditor'
import { requireUser } from '@/lib/auth/session'
import { defaultScaleForDesk } from '@/lib/ratings/queries'

export const metadata = { title: '척도 Rating scale' }

export default async function ScalePage() {
  const { allowed } = await requireUser('scale.edit', '/desk/scale')
  if (!allowed) return <Forbidden />
  const scale = await defaultScaleForDesk()
  return (
    <div className="max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          판정 척도 <span lang="en" className="font-normal text-stone-500">Rating scale</span>
        </h1>
        <Link href="/methodology" className="text-sm underline">
          공개 방법론 페이지 Public methodology page
        </Link>
      </div>
      <p className="text-sm text-stone-700">
        위에서 아래로 독자에게 보이는 순서입니다. 판정에 쓰인 등급은 삭제할 수 없고 은퇴만 시킬 수 있습니다. 은퇴한 등급은 기존
        판정에 남지만 새 판정에는 고를 수 없습니다.{' '}
        <span lang="en">
          Top to bottom is the order readers see. A rating used by a verdict cannot be deleted, only retired: it stays on
          existing verdicts but cannot be chosen for new ones.
        </span>
      </p>
      {scale ? (
        <>
          <ol className="space-y-3">
            {scale.ratings.map((rating, index) => (
              <RatingEditor key={rating.id} rating={rating} first={index === 0} last={index === scale.ratings.length - 1} />
            ))}
          </ol>
          <AddRatingForm />
        </>
      ) : (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          기본 척도가 아직 없습니다. <span lang="en">There is no default rating scale yet.</span>
        </p>
      )}
    </div>
  )
}
