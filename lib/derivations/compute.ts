// A recorded derivation computed: the operation applied to its inputs (lib/quantities/arithmetic.ts) and the
// derived quantity's stated figure checked against the result at its stated precision. Pure, so each case is a
// unit test; lib/derivations/evaluate.ts feeds it rows read from the database.
import type { DerivationOperation } from '../db/generated/enums'
import { change, checkStated, difference, ratio, share, sum, type Derivation, type StatedCheck } from '../quantities/arithmetic'
import type { Bilingual, Quantity } from '../quantities/types'

/** What each operation does with its inputs, in order, for the desk's form and the reader's page. */
export const OPERATION_LABELS: Record<DerivationOperation, { ko: string; en: string; inputs: [Bilingual, Bilingual] | null }> = {
  RATIO: { ko: '비(나눗셈)', en: 'Ratio', inputs: [{ ko: '나뉠 수', en: 'numerator' }, { ko: '나누는 수', en: 'denominator' }] },
  DIFFERENCE: { ko: '차(뺄셈)', en: 'Difference', inputs: [{ ko: '빼일 수', en: 'from' }, { ko: '빼는 수', en: 'minus' }] },
  SUM: { ko: '합(부분의 합)', en: 'Sum of parts', inputs: null },
  SHARE: { ko: '비중(부분 ÷ 전체)', en: 'Share (part of a total)', inputs: [{ ko: '부분', en: 'part' }, { ko: '전체', en: 'total' }] },
  CHANGE: { ko: '변화(이전 → 이후)', en: 'Change between two windows', inputs: [{ ko: '이전 값', en: 'earlier' }, { ko: '이후 값', en: 'later' }] },
}

export const DERIVATION_OPERATIONS = ['RATIO', 'DIFFERENCE', 'SUM', 'SHARE', 'CHANGE'] as const satisfies readonly DerivationOperation[]

/** How many inputs an operation takes: a sum two or more, every other one exactly two. */
export const arityFits = (operation: DerivationOperation, count: number) => (operation === 'SUM' ? count >= 2 : count === 2)

export type DerivationResult =
  | { status: 'computed'; derivation: Extract<Derivation, { ok: true }>; check: StatedCheck }
  | { status: 'refused'; explanation: Bilingual }
  /** An input was deleted since the derivation was recorded, or states no figure any more. */
  | { status: 'incomplete'; explanation: Bilingual }

const INCOMPLETE: Bilingual = {
  ko: '계산에 쓰던 수치 가운데 지워졌거나 값이 없는 것이 있어 계산하지 않습니다.',
  en: 'A figure this computation used was deleted or states no value, so it is not computed.',
}

/** The operation applied to `inputs` in order; a change is read as the kind the stated figure has (× k or %). */
export function derive(operation: DerivationOperation, inputs: Quantity[], stated: Quantity | null): Derivation {
  switch (operation) {
    case 'RATIO':
      return ratio(inputs[0], inputs[1])
    case 'DIFFERENCE':
      return difference(inputs[0], inputs[1])
    case 'SUM':
      return sum(inputs)
    case 'SHARE':
      return share(inputs[0], inputs[1])
    case 'CHANGE': {
      const both = change(inputs[0], inputs[1])
      return stated?.kind === 'MULTIPLE' ? both.multiple : both.percentChange
    }
  }
}

/**
 * The derivation of `stated` from `inputs` (null where an input is gone or states no figure), and whether the
 * stated figure holds. `expected` is how many inputs were recorded.
 */
export function computeDerivation(operation: DerivationOperation, inputs: (Quantity | null)[], expected: number, stated: Quantity | null): DerivationResult {
  const present = inputs.filter((q): q is Quantity => q !== null)
  if (!stated || present.length !== expected || inputs.length !== expected || !arityFits(operation, expected)) return { status: 'incomplete', explanation: INCOMPLETE }
  const derivation = derive(operation, present, stated)
  if (!derivation.ok) return { status: 'refused', explanation: derivation.explanation }
  return { status: 'computed', derivation, check: checkStated(derivation.implied, stated) }
}
