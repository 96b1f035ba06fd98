'use client'
// Who made the claim: chosen from the claimants, or added on the spot, with a note.
import { useState } from 'react'
import { Input, Select } from '../form'
import { NewClaimant } from './NewClaimant'
import type { PartProps } from './part'
import type { ClaimantOption } from './types'

export function ClaimantPart({
  value,
  fieldKey,
  state,
  claimants: loaded,
  claimantId,
  setClaimantId,
}: PartProps & { claimants: ClaimantOption[]; claimantId: string; setClaimantId: (id: string) => void }) {
  const [claimants, setClaimants] = useState(loaded)
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">주장한 이 Claimant</legend>
      <Select name="claimantId" label="주장한 이 Claimant" state={state} value={claimantId} onChange={(event) => setClaimantId(event.target.value)}>
        <option value="">— 없음 / 모름 None or unknown —</option>
        {claimants.map((claimant) => (
          <option key={claimant.id} value={claimant.id}>
            {claimant.name}
            {claimant.nameEn ? ` · ${claimant.nameEn}` : ''}
          </option>
        ))}
      </Select>
      <NewClaimant
        onCreated={(claimant) => {
          setClaimants((list) => (list.some((item) => item.id === claimant.id) ? list : [...list, claimant].sort((a, b) => a.name.localeCompare(b.name))))
          setClaimantId(claimant.id)
        }}
      />
      <Input key={fieldKey('claimantNote')} name="claimantNote" label="주장한 이 메모 Claimant note" state={state} defaultValue={value('claimantNote')} />
    </fieldset>
  )
}

/** The claimant's name for the conflict view. */
export const claimantName = (claimants: ClaimantOption[], id: string) => claimants.find((claimant) => claimant.id === id)?.name ?? id
