// The editor's answer to a suggested relation: confirm (the relation is created exactly as the relation form
// creates it, through addRelation's own run) or dismiss (remembered, so it is not suggested again).
import { defineAction } from '../actions/pipeline'
import { claimPages } from '../evidence/paths'
import { UserError } from '../errors'
import { addRelation } from '../relations/actions'
import { suggestionInput } from './schema'
import { listSuggestions } from './suggestions'

const GONE =
  '이 제안은 더 이상 유효하지 않습니다. 페이지를 새로 고치세요. This suggestion no longer applies (the claims changed); reload the page.'

export const confirmSuggestion = defineAction({
  name: 'reconcile.confirm',
  permission: 'relation.edit',
  input: suggestionInput,
  async run(context) {
    const { tx, input } = context
    // Classified again now: what the editor confirms must still be what the data says.
    const suggestion = (await listSuggestions(tx, input.claimId)).find((s) => s.other.id === input.otherClaimId && s.kind === input.kind)
    if (!suggestion) throw new UserError(GONE)
    return addRelation.run({
      ...context,
      input: {
        claimId: input.claimId,
        otherClaim: input.otherClaimId,
        kind: suggestion.kind,
        direction: suggestion.direction,
        note: '지표 비교로 제안됨 · Suggested by comparing the metric’s claims',
      },
    })
  },
  revalidate: ({ claims }) => claims.flatMap(claimPages),
})

export const dismissSuggestion = defineAction({
  name: 'reconcile.dismiss',
  permission: 'relation.edit',
  input: suggestionInput,
  async run({ tx, actor, input, audit }) {
    const found = await tx.claim.count({ where: { id: { in: [input.claimId, input.otherClaimId] } } })
    if (found !== 2 || input.claimId === input.otherClaimId) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    // Dismissing twice (two tabs) is the same decision, not an error.
    const dismissal = await tx.relationSuggestionDismissal.upsert({
      where: { claimId_otherClaimId_kind: { claimId: input.claimId, otherClaimId: input.otherClaimId, kind: input.kind } },
      create: { claimId: input.claimId, otherClaimId: input.otherClaimId, kind: input.kind, dismissedById: actor.id },
      update: {},
      select: { id: true, claimId: true, otherClaimId: true, kind: true },
    })
    await audit({ action: 'suggestion.dismiss', entityType: 'claim', entityId: input.claimId, after: dismissal })
    return dismissal
  },
  revalidate: (dismissal) => [`/desk/claims/${dismissal.claimId}`, `/desk/claims/${dismissal.otherClaimId}`],
})
