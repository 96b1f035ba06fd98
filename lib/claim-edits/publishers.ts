// Who wrote a pending claim edit, for the two-person rule (lib/settings/queries.ts): its author and everyone who
// saved it since. The publish action refuses them when the rule is on; the desk shows who else may publish, with
// the verdicts' question (lib/verdicts/publishers.ts, publishRightAmong).
import type { Prisma } from '@/lib/db/generated/client'
import { publishRightAmong, type PublishRight } from '@/lib/verdicts/publishers'

type Client = Prisma.TransactionClient

/** The audit actions of a claim edit that write its proposal. */
export const EDIT_WRITES = ['claimEdit.create', 'claimEdit.save'] as const

export async function editContributors(client: Client, edit: { id: string; authorId: string | null }): Promise<Set<string>> {
  const events = await client.auditEvent.findMany({
    where: { entityType: 'claimEdit', entityId: edit.id, action: { in: [...EDIT_WRITES] } },
    select: { actorId: true },
  })
  const ids = new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))
  if (edit.authorId) ids.add(edit.authorId)
  return ids
}

/** For an edit in review: whether the viewer's own work blocks them, and who may publish it. */
export async function editPublishRight(client: Client, edit: { id: string; authorId: string | null }, viewerId: string, rule: boolean): Promise<PublishRight> {
  return publishRightAmong(client, rule ? await editContributors(client, edit) : new Set<string>(), viewerId)
}
