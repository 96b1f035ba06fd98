// Recording that a claim's figure is computed from others (issue 14, item 4). A derivation is a relation between
// figures, so it takes the relation permission. The operation must be computable when it is saved: a ratio of a
// count and an amount, or a sum with a range, is refused with the reason, not stored to fail later.
import { ConflictError, defineAction, type Tx } from '../actions/pipeline'
import { Prisma } from '../db/generated/client'
import { claimPages } from '../evidence/paths'
import { UserError } from '../errors'
import { quantityFromRecord, quantityRecordSelect } from '../quantities/record'
import { arityFits, derive } from './compute'
import { figureReference, removeDerivationInput, saveDerivationInput } from './schema'

const claimRef = { id: true, shortId: true, slug: true } as const
const STALE = '그사이 다른 사람이 이 계산을 바꿨습니다. 페이지를 새로 고친 뒤 다시 하세요. Someone changed this derivation meanwhile; reload the page and try again.'

async function resolveFigure(tx: Tx, reference: string) {
  const ref = figureReference(reference)
  if (!ref) return null
  return tx.claimQuantity.findFirst({
    where: { position: ref.position, claim: { OR: [{ shortId: ref.claim.toLowerCase() }, { id: ref.claim }] } },
    select: { id: true, ...quantityRecordSelect },
  })
}

/** What the audit log keeps of a derivation. */
async function auditView(tx: Tx, derivationId: string) {
  return tx.quantityDerivation.findUnique({
    where: { id: derivationId },
    select: { id: true, quantityId: true, operation: true, inputCount: true, version: true, inputs: { orderBy: { position: 'asc' }, select: { position: true, quantityId: true } } },
  })
}

export const saveDerivation = defineAction({
  name: 'derivations.save',
  permission: 'relation.edit',
  input: saveDerivationInput,
  async run({ tx, actor, input, audit }) {
    const target = await tx.claimQuantity.findUnique({
      where: { id: input.quantityId },
      select: { id: true, ...quantityRecordSelect, claim: { select: claimRef }, derivation: { select: { id: true, version: true } } },
    })
    if (!target) throw new UserError('수치를 찾을 수 없습니다. No such figure.')
    const stated = quantityFromRecord(target)
    if (!stated) throw new UserError('이 수치에는 확인할 값이 없습니다. This figure states no value to check.')
    if (!arityFits(input.operation, input.inputs.length)) {
      throw new UserError('이 계산은 수치 두 개로 합니다(합만 둘 이상). This operation takes exactly two figures (a sum two or more).')
    }

    const inputs: NonNullable<Awaited<ReturnType<typeof resolveFigure>>>[] = []
    for (const reference of input.inputs) {
      const figure = await resolveFigure(tx, reference)
      if (!figure) throw new UserError(`“${reference}”에 해당하는 수치가 없습니다. No figure matches “${reference}”.`)
      if (figure.id === target.id) throw new UserError('수치를 자기 자신으로 계산할 수 없습니다. A figure cannot be computed from itself.')
      if (inputs.some((q) => q.id === figure.id)) throw new UserError(`“${reference}”을(를) 두 번 골랐습니다. “${reference}” is chosen twice.`)
      inputs.push(figure)
    }
    const quantities = inputs.map((figure) => quantityFromRecord(figure))
    if (quantities.some((q) => q === null)) throw new UserError('고른 수치 가운데 값이 없는 것이 있습니다. One of the chosen figures states no value.')
    const derived = derive(input.operation, quantities.map((q) => q!), stated)
    if (!derived.ok) throw new UserError(`계산할 수 없습니다: ${derived.explanation.ko} Cannot compute: ${derived.explanation.en}`)

    const existing = target.derivation
    const before = existing ? await auditView(tx, existing.id) : null
    if (existing && existing.version !== input.version) throw new ConflictError(STALE, { ...before })
    if (!existing && input.version !== undefined) throw new ConflictError(STALE, {})
    const inputRows = inputs.map((figure, position) => ({ position, quantityId: figure.id }))
    let id: string
    try {
      if (existing) {
        const updated = await tx.quantityDerivation.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { operation: input.operation, inputCount: inputs.length, version: { increment: 1 } },
        })
        if (updated.count !== 1) throw new ConflictError(STALE, { ...before })
        await tx.quantityDerivationInput.deleteMany({ where: { derivationId: existing.id } })
        await tx.quantityDerivationInput.createMany({ data: inputRows.map((row) => ({ ...row, derivationId: existing.id })) })
        id = existing.id
      } else {
        const created = await tx.quantityDerivation.create({
          data: { quantityId: target.id, operation: input.operation, inputCount: inputs.length, createdById: actor.id, inputs: { create: inputRows } },
          select: { id: true },
        })
        id = created.id
      }
    } catch (error) {
      // Two editors recording the figure's first derivation at once: the unique index decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new ConflictError(STALE, {})
      throw error
    }
    const after = await auditView(tx, id)
    await audit({ action: 'derivation.save', entityType: 'claim', entityId: target.claim.id, before: before ?? undefined, after })
    return { derivation: after!, claim: target.claim }
  },
  revalidate: ({ claim }) => claimPages(claim),
})

export const removeDerivation = defineAction({
  name: 'derivations.remove',
  permission: 'relation.edit',
  input: removeDerivationInput,
  async run({ tx, input, audit }) {
    const before = await auditView(tx, input.derivationId)
    if (!before) throw new UserError('계산 기록을 찾을 수 없습니다. 이미 지워졌을 수 있습니다. No such derivation; it may have been removed already.')
    const claim = await tx.claim.findFirstOrThrow({ where: { quantities: { some: { id: before.quantityId } } }, select: claimRef })
    const removed = await tx.quantityDerivation.deleteMany({ where: { id: before.id, version: input.version } })
    if (removed.count !== 1) throw new ConflictError(STALE, { ...before })
    await audit({ action: 'derivation.remove', entityType: 'claim', entityId: claim.id, before })
    return { claim }
  },
  revalidate: ({ claim }) => claimPages(claim),
})
