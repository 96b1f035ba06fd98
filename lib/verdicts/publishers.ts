// Who may publish a verdict under review. The two-person rule (lib/settings/queries.ts) refuses anyone who wrote
// the change under review; the publish action and the desk's screens ask the same question here, so the desk shows
// who may publish instead of a Publish button that would then be refused.
import type { Prisma } from '../db/generated/client'
import { PERMISSIONS } from '../auth/permissions'

type Client = Prisma.TransactionClient

/** Everyone who wrote the change under review: the author of a new verdict, and each editor since the last publish. */
export async function draftContributors(tx: Client, verdict: { id: string; authorId: string | null }, baseRevision: number) {
  const events = await tx.auditEvent.findMany({
    where: {
      entityType: 'verdict',
      entityId: verdict.id,
      action: { in: ['verdict.create', 'verdict.saveDraft'] },
      data: { path: ['after', 'baseRevision'], equals: baseRevision },
    },
    select: { actorId: true },
  })
  const ids = new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))
  if (baseRevision === 0 && verdict.authorId) ids.add(verdict.authorId)
  return ids
}

export interface PublishRight {
  /** The viewer wrote (part of) the change and the two-person rule is on: the publish would be refused. */
  ownWork: boolean
  /** Active users who may publish it, by name, alphabetically (the first few). */
  mayPublish: string[]
  /** How many more may publish than `mayPublish` names. */
  more: number
}

const NAMED = 8

/** For one verdict in review: whether the viewer's own work blocks them, and who else may publish. */
export async function publishRight(
  client: Client,
  verdict: { id: string; authorId: string | null; baseRevision: number },
  viewerId: string,
  rule: boolean,
): Promise<PublishRight> {
  return publishRightAmong(client, rule ? await draftContributors(client, verdict, verdict.baseRevision) : new Set<string>(), viewerId)
}

/**
 * Who may publish a change written by `contributors` (empty when the two-person rule is off): active users with
 * 'verdict.publish' who did not write it. Verdicts and pending claim edits (lib/claim-edits/) ask the same question.
 */
export async function publishRightAmong(client: Client, contributors: Set<string>, viewerId: string): Promise<PublishRight> {
  const where = { active: true, role: { in: [...PERMISSIONS['verdict.publish']] }, id: { notIn: [...contributors] } }
  const [users, count] = await Promise.all([
    client.user.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: NAMED, select: { name: true } }),
    client.user.count({ where }),
  ])
  return { ownWork: contributors.has(viewerId), mayPublish: users.map((user) => user.name), more: count - users.length }
}
