'use client'
// One tip's triage in the desk inbox: move it to another status, turn it into a claim, or link it to a claim the
// desk has (by short id or permalink). Each is a form on its server action (lib/tips/form-actions.ts).
import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { linkTipToClaimAction, setTipStatusAction, tipToClaimAction } from '@/lib/tips/form-actions'
import { TIP_STATUS_LABELS, TIP_STATUSES, type TipStatusName } from '@/lib/tips/schema'
import { FormStatus, Input, Submit } from './form'

const smallButton = 'rounded border border-stone-400 px-3 py-1 text-sm disabled:opacity-60'

export function TipTriage({ tipId, status, linked }: { tipId: string; status: TipStatusName; linked: boolean }) {
  const [statusState, statusAction] = useActionState(setTipStatusAction, IDLE_FORM)
  const [claimState, claimAction] = useActionState(tipToClaimAction, IDLE_FORM)
  const [linkState, linkAction] = useActionState(linkTipToClaimAction, IDLE_FORM)
  const prefix = `tip-${tipId}`
  return (
    <div className="space-y-2 border-t border-stone-100 pt-2">
      <FormStatus state={statusState} success="상태를 바꿨습니다. Status changed." />
      <FormStatus state={claimState} />
      <FormStatus state={linkState} success="주장에 연결했습니다. Linked to the claim." />
      <div className="flex flex-wrap items-end gap-2">
        {TIP_STATUSES.filter((s) => s !== status).map((s) => (
          <form key={s} action={statusAction}>
            <input type="hidden" name="tipId" value={tipId} />
            <input type="hidden" name="status" value={s} />
            <Submit pending="…" className={smallButton}>
              {TIP_STATUS_LABELS[s]}
            </Submit>
          </form>
        ))}
        {linked ? null : (
          <form action={claimAction}>
            <input type="hidden" name="tipId" value={tipId} />
            <Submit pending="만드는 중… Creating…" className={`${smallButton} border-stone-900 font-medium`}>
              주장으로 만들기 Turn into a claim
            </Submit>
          </form>
        )}
      </div>
      <form key={linkState.submission} action={linkAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="tipId" value={tipId} />
        <Input
          name="claim"
          prefix={prefix}
          label="기존 주장에 연결 Link to a claim"
          hint="짧은 ID나 주소 Short id or address"
          state={linkState}
          defaultValue={linkState.values?.claim ?? ''}
          fieldClassName="block"
          className="mt-1 w-56 rounded border border-stone-300 px-2 py-1 text-sm"
        />
        <Submit pending="…" className={smallButton}>
          연결 Link
        </Submit>
      </form>
    </div>
  )
}
