// Reads for the tip form (the claim an error report is about), the receipt's status page and the desk inbox.
import 'server-only'
import { claimPath } from '../claims/permalink'
import { hasVerdictPageWhere } from '../claims/visibility'
import { db } from '../db/client'
import { isReceiptCode } from './code'
import { TIP_STATUSES, type TipStatusName } from './schema'

/** The published claim a "report an error" link names, or null (unknown, or not public). */
export async function reportableClaim(shortId: string | undefined) {
  if (!shortId || !/^[a-z0-9]{7}$/.test(shortId)) return null
  return db().claim.findFirst({ where: { shortId, ...hasVerdictPageWhere }, select: { shortId: true, slug: true, text: true, language: true } })
}

/**
 * What the status page shows for a receipt code: what was sent (as text), where the desk has put it, and the
 * published fact-check it led to, if there is one. Never the sender's e-mail.
 */
export async function tipReceipt(code: string) {
  if (!isReceiptCode(code)) return null
  const tip = await db().tip.findUnique({
    where: { code },
    select: { code: true, kind: true, status: true, text: true, url: true, createdAt: true, triagedAt: true, claimId: true },
  })
  if (!tip) return null
  // The verdict a reader may see: the tip's claim, or the claim it was merged into.
  const claim = tip.claimId
    ? await db().claim.findUnique({
        where: { id: tip.claimId },
        select: { shortId: true, slug: true, text: true, language: true, duplicateOfId: true, status: true },
      })
    : null
  const publicClaim = claim
    ? await db().claim.findFirst({
        where: { id: claim.duplicateOfId ?? tip.claimId!, ...hasVerdictPageWhere },
        select: { shortId: true, slug: true, text: true, language: true },
      })
    : null
  const { claimId: _claimId, ...rest } = tip
  return { ...rest, verdict: publicClaim ? { ...publicClaim, path: claimPath(publicClaim) } : null }
}

export type TipReceipt = NonNullable<Awaited<ReturnType<typeof tipReceipt>>>

export const INBOX_PAGE_SIZE = 100

/** The inbox: tips in one status, newest first, with the counts of every status for the filter links. */
export async function inboxTips(status: TipStatusName) {
  const [tips, grouped] = await Promise.all([
    db().tip.findMany({
      where: { status },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        kind: true,
        status: true,
        text: true,
        url: true,
        contactEmail: true,
        createdAt: true,
        triagedAt: true,
        triagedBy: { select: { name: true } },
        claim: { select: { id: true, shortId: true, text: true, status: true } },
      },
    }),
    db().tip.groupBy({ by: ['status'], _count: { _all: true } }),
  ])
  const counts = Object.fromEntries(TIP_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<TipStatusName, number>
  return { tips, counts }
}

export type InboxTip = Awaited<ReturnType<typeof inboxTips>>['tips'][number]

/** New tips, for the desk home's link to the inbox. */
export const newTipCount = () => db().tip.count({ where: { status: 'NEW' } })
