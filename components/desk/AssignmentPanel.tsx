// The claim's assigned editor and reviewer: a form for editors and admins, a plain statement for everyone else.
import { db } from '@/lib/db/client'
import { PERMISSIONS } from '@/lib/auth/permissions'
import { AssignmentForm } from './AssignmentForm'

export async function AssignmentPanel({
  claim,
  canAssign,
}: {
  claim: { id: string; version: number; assignedEditorId: string | null; assignedReviewerId: string | null }
  canAssign: boolean
}) {
  const users = await db().user.findMany({ where: { active: true }, select: { id: true, name: true, email: true, role: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }] })
  const assigned = await db().user.findMany({
    where: { id: { in: [claim.assignedEditorId, claim.assignedReviewerId].filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  })
  const nameOf = (id: string | null) => (id ? (assigned.find((user) => user.id === id)?.name ?? '—') : '없음 Nobody')
  const label = (user: { name: string; email: string; role: string }) => `${user.name} (${user.email}) · ${user.role}`
  const mayPublish = PERMISSIONS['verdict.publish'] as readonly string[]
  return (
    <section aria-labelledby="assignment-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="assignment-heading" className="text-xl font-semibold">
        담당 <span lang="en" className="font-normal text-stone-500">Assignment</span>
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="assignment">
        <dt className="text-stone-500">담당 편집자 Editor</dt>
        <dd>{nameOf(claim.assignedEditorId)}</dd>
        <dt className="text-stone-500">검토자 Reviewer</dt>
        <dd>{nameOf(claim.assignedReviewerId)}</dd>
      </dl>
      {canAssign ? (
        <AssignmentForm
          claimId={claim.id}
          version={claim.version}
          editorId={claim.assignedEditorId}
          reviewerId={claim.assignedReviewerId}
          editors={users.map((user) => ({ id: user.id, label: label(user) }))}
          reviewers={users.filter((user) => mayPublish.includes(user.role)).map((user) => ({ id: user.id, label: label(user) }))}
        />
      ) : null}
    </section>
  )
}
