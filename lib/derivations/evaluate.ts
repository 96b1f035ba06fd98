// Recorded derivations read from the database and computed (lib/derivations/compute.ts), for the desk claim page,
// the reader's claim page and the arithmetic check. Takes the client, so checks can run inside a transaction.
import type { Prisma, PrismaClient } from '../db/generated/client'
import { quantityFromRecord, quantityRecordSelect } from '../quantities/record'
import { computeDerivation, type DerivationResult } from './compute'

type Db = PrismaClient | Prisma.TransactionClient

const claimRef = { id: true, shortId: true, slug: true, text: true, status: true } as const

const figureSelect = { id: true, position: true, claimId: true, ...quantityRecordSelect, subject: true, claim: { select: claimRef } } as const

export const derivationSelect = {
  id: true,
  operation: true,
  inputCount: true,
  version: true,
  updatedAt: true,
  quantity: { select: figureSelect },
  inputs: { orderBy: { position: 'asc' }, select: { position: true, quantity: { select: figureSelect } } },
} as const satisfies Prisma.QuantityDerivationSelect

export type DerivationRow = Prisma.QuantityDerivationGetPayload<{ select: typeof derivationSelect }>
export type EvaluatedDerivation = DerivationRow & { result: DerivationResult }

/** Each derivation `where` selects, computed; the order is the derived claims' creation, then the figure's position. */
export async function evaluateDerivations(db: Db, where: Prisma.QuantityDerivationWhereInput = {}): Promise<EvaluatedDerivation[]> {
  const rows = await db.quantityDerivation.findMany({
    where,
    orderBy: [{ quantity: { claim: { createdAt: 'asc' } } }, { quantity: { position: 'asc' } }],
    select: derivationSelect,
  })
  return rows.map((row) => ({
    ...row,
    result: computeDerivation(
      row.operation,
      row.inputs.map((input) => quantityFromRecord(input.quantity)),
      row.inputCount,
      quantityFromRecord(row.quantity),
    ),
  }))
}
