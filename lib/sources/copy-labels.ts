// How the desk names an archived copy: pasted text is always marked as pasted, so nobody takes an editor's word
// for a fetched page.
import type { ArchiveMethod } from '../db/generated/enums'

/** "2025-01-02 03:04 UTC": the desk's time for a copy. */
export const copyTime = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

export function copyLinkLabel(copy: { method: ArchiveMethod; takenAt: Date }): string {
  return copy.method === 'PASTED'
    ? `보관본 archived copy · 직접 붙여 넣음 pasted by hand · ${copyTime(copy.takenAt)}`
    : `보관본 archived copy · ${copyTime(copy.takenAt)}`
}
