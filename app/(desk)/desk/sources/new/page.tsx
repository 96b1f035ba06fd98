import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { SourceForm } from '@/components/desk/SourceForm'
import { requireUser } from '@/lib/auth/session'
import { SOURCES_PATH } from '@/lib/sources/paths'

export default async function NewSourcePage() {
  const { allowed } = await requireUser('source.edit', `${SOURCES_PATH}/new`)
  if (!allowed) return <Forbidden />
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={SOURCES_PATH} className="underline">
          ← 출처 목록 Sources
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        새 출처 <span lang="en" className="font-normal text-stone-500">New source</span>
      </h1>
      <section aria-label="새 출처 New source" className="rounded-lg border border-stone-200 bg-white p-5">
        <SourceForm mode="create" />
      </section>
    </div>
  )
}
