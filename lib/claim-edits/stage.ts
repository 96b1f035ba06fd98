// The claim form's save on a published claim (lib/claims/actions.ts, updateClaim): the reader-visible fields do not
// change the claim, they become (or update) its one open pending edit, which readers do not see until a reviewer
// publishes it (lib/claim-edits/actions.ts). Runs after updateClaim's versioned update, which holds the claim's row
// lock, so two saves at once cannot open two edits.
import type { AuditEntry, Tx } from '@/lib/actions/pipeline'
import { UserError } from '@/lib/errors'
import { EDIT_IN_REVIEW, OPEN_EDIT_STATUSES, proposalFromJson, proposalJson, samePublicClaim, type PublicClaim } from './schema'

const openEditSelect = { id: true, status: true, proposed: true, version: true } as const

/** The claim's open edit (draft, in review or sent back), if any. */
export const findOpenEdit = (tx: Tx, claimId: string) =>
  tx.claimEdit.findFirst({ where: { claimId, status: { in: [...OPEN_EDIT_STATUSES] } }, orderBy: { createdAt: 'desc' }, select: openEditSelect })

export interface StagedEdit {
  /** The open edit after this save, or null when the form says what readers already see. */
  editId: string | null
}

/**
 * Stores the form's reader-visible fields as the claim's pending edit:
 * - the same as what readers see: no edit (an open draft is discarded: its author saved the form back);
 * - an edit in review: refused, unless the form leaves its proposal as it is (a save of the desk's fields only);
 * - otherwise the open draft (or sent-back edit) takes the proposal and is a draft again, or a new draft opens.
 * Each save re-bases the edit on what readers see now: the desk page's diff and the publish check compare with it.
 */
export async function stageClaimEdit(
  tx: Tx,
  args: { claimId: string; baseVersion: number; current: PublicClaim; proposal: PublicClaim; actorId: string; audit: (entry: AuditEntry) => Promise<void> },
): Promise<StagedEdit> {
  const { claimId, current, proposal, audit } = args
  const open = await findOpenEdit(tx, claimId)
  const sameAsOpen = open ? samePublicClaim(proposal, proposalFromJson(open.proposed)) : false
  if (open?.status === 'IN_REVIEW') {
    if (sameAsOpen) return { editId: open.id }
    throw new UserError(EDIT_IN_REVIEW)
  }
  if (samePublicClaim(proposal, current)) {
    if (open) {
      await tx.claimEdit.update({ where: { id: open.id }, data: { status: 'DISCARDED', version: { increment: 1 } } })
      await audit({
        action: 'claimEdit.discard',
        entityType: 'claimEdit',
        entityId: open.id,
        before: { status: open.status },
        after: { status: 'DISCARDED', claimId, reason: 'saved back to what readers see' },
      })
    }
    return { editId: null }
  }
  const data = { proposed: proposalJson(proposal), base: proposalJson(current), baseVersion: args.baseVersion }
  if (open) {
    if (sameAsOpen && open.status === 'DRAFT') return { editId: open.id }
    await tx.claimEdit.update({ where: { id: open.id }, data: { ...data, status: 'DRAFT', version: { increment: 1 } } })
    await audit({
      action: 'claimEdit.save',
      entityType: 'claimEdit',
      entityId: open.id,
      before: { status: open.status, proposed: open.proposed },
      after: { status: 'DRAFT', claimId, proposed: data.proposed },
    })
    return { editId: open.id }
  }
  const created = await tx.claimEdit.create({ data: { ...data, claimId, authorId: args.actorId }, select: { id: true } })
  await audit({ action: 'claimEdit.create', entityType: 'claimEdit', entityId: created.id, after: { status: 'DRAFT', claimId, ...data } })
  return { editId: created.id }
}
