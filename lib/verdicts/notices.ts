// What a claim's page announces about changes to its verdict (and to the claim itself), and where on the page each
// change is told: the one
// definition the permalink (lib/claims/queries.ts, its notices) and the corrections page and feeds
// (lib/corrections/) share, so a corrections entry always lands on the notice the permalink shows.
//
// - A withdrawal is announced at the top of the page (the withdrawal notice).
// - A revision after the first is a correction. If it is the latest revision, it changed the rating and the verdict
//   still stands, its rating change is announced at the top (the rating-change notice). Every correction is also an
//   entry of the page's corrections log, which is where older ones (and note-only ones) are told.
// - A published edit of the claim itself (lib/claim-edits/) that is not minor is a correction too: the latest one is
//   announced at the top (the claim-correction notice, with its public note), and every edit, minor ones included,
//   is an entry of the page's corrections log.

/** Element ids on the claim page, for links from the corrections page and feeds. */
export const NOTICE_IDS = { withdrawal: 'withdrawal-notice', ratingChange: 'rating-change-notice', claimCorrection: 'claim-correction-notice' } as const

/** The corrections log's entry for one revision. */
export const revisionEntryId = (number: number) => `revision-${number}`

/** The corrections log's entry for one published claim edit. */
export const claimEditEntryId = (id: string) => `claim-edit-${id}`

/** The claim edit the claim-correction notice tells of: the latest published one that is not minor (newest first). */
export const claimCorrectionNotice = <E extends { minor: boolean }>(editsNewestFirst: readonly E[]): E | null =>
  editsNewestFirst.find((edit) => !edit.minor) ?? null

/** Whether a revision changed the rating readers saw: there was one before it, with another rating. */
export function changesRating(previous: { ratingId: string } | null | undefined, revision: { ratingId: string }): boolean {
  return Boolean(previous) && previous!.ratingId !== revision.ratingId
}

/** The notice at the top of a claim's page: its withdrawal, else the latest revision's rating change, else none. */
export function pageNotice(verdict: { withdrawn: boolean; latestChangesRating: boolean }): keyof typeof NOTICE_IDS | null {
  if (verdict.withdrawn) return 'withdrawal'
  return verdict.latestChangesRating ? 'ratingChange' : null
}

export type CorrectionPlace =
  | { kind: 'withdrawal' }
  | { kind: 'claimEdit'; id: string; latest: boolean }
  | { kind: 'revision'; number: number; changesRating: boolean; latest: boolean; withdrawn: boolean }

/** The element on the claim's page that tells of this change: the notice while it shows it, else the log entry. */
export function correctionElementId(change: CorrectionPlace): string {
  if (change.kind === 'withdrawal') return NOTICE_IDS.withdrawal
  if (change.kind === 'claimEdit') return change.latest ? NOTICE_IDS.claimCorrection : claimEditEntryId(change.id)
  const notice = change.latest ? pageNotice({ withdrawn: change.withdrawn, latestChangesRating: change.changesRating }) : null
  return notice === 'ratingChange' ? NOTICE_IDS.ratingChange : revisionEntryId(change.number)
}
