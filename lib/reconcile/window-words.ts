import type { WindowKind } from '../db/generated/enums'
import { describeWindow } from '../format'

/** "calendar 2023", "cumulative to 2025-04-10": a quantity's window as the reasons name it. */
export const explainWindow = (claim: { windowKind: WindowKind | null; windowStart: Date | null; windowEnd: Date | null }) =>
  claim.windowKind ? describeWindow(claim.windowKind, claim.windowStart, claim.windowEnd) : 'no window'
