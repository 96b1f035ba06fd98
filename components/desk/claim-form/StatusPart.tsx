'use client'
// When the claim was first seen, its status, tags, the re-check flags and dates.
import { HAND_SET_STATUSES, STATUS_LABELS } from '@/lib/claims/schema'
import { Input, Select } from '../form'
import type { PartProps } from './part'

export function StatusPart({ value, fieldKey, state, statusFollowsVerdict }: PartProps & { statusFollowsVerdict: boolean }) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Input key={fieldKey('firstSeenAt')} name="firstSeenAt" label="처음 확인 First seen" state={state} defaultValue={value('firstSeenAt')} placeholder="2024-12-05 · 2024-12 · 2024" />
        {statusFollowsVerdict ? (
          // A published claim's status is its verdict's: shown, not sent (updateClaim keeps it).
          <div className="block">
            <span className="text-sm font-medium">상태 Status</span>
            <p className="mt-1 px-3 py-2" data-testid="claim-status-fixed">
              {STATUS_LABELS.PUBLISHED}
              <span className="block text-xs text-stone-600">
                판정을 따릅니다. 내리려면 판정을 철회하세요. <span lang="en">Follows the verdict; to take it back, withdraw the verdict.</span>
              </span>
            </p>
          </div>
        ) : (
          <Select
            key={fieldKey('status')}
            name="status"
            label="상태 Status"
            hint={
              <>
                공개는 검토자가 판정을 공개할 때 정해집니다. <span lang="en">A claim is published when a reviewer publishes its verdict.</span>
              </>
            }
            state={state}
            defaultValue={value('status') || 'NEW'}
          >
            {HAND_SET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        )}
      </div>

      <Input key={fieldKey('tags')} name="tags" label="태그 Tags" hint="쉼표로 구분, 20개까지. Comma-separated, up to 20." state={state} defaultValue={value('tags')} />

      <label className="flex items-center gap-2">
        <input key={fieldKey('needsRecheck')} type="checkbox" name="needsRecheck" defaultChecked={value('needsRecheck') === 'on'} className="size-4" />
        <span className="text-sm font-medium">재확인 필요 Needs re-check</span>
      </label>

      <div>
        <label className="flex items-center gap-2">
          <input
            key={fieldKey('publicUnderResearch')}
            type="checkbox"
            name="publicUnderResearch"
            defaultChecked={value('publicUnderResearch') === 'on'}
            aria-describedby="publicUnderResearch-hint"
            className="size-4"
          />
          <span className="text-sm font-medium">검증 중 공개 Public while under research</span>
        </label>
        <span id="publicUnderResearch-hint" className="mt-1 block text-xs text-stone-600">
          판정 전에도 독자가 주소로 열 수 있습니다 (목록·피드에는 나오지 않음). Readers can open the permalink before a verdict is published
          (never listed).
        </span>
      </div>
    </>
  )
}

/** Up to when the verdict holds, and when to look at the claim again. */
export function RecheckPart({ value, fieldKey, state }: PartProps) {
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-4">
      <legend className="px-1 text-sm font-semibold">재확인 Re-check (선택 optional)</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <Input
          key={fieldKey('validAsOf')}
          type="date"
          name="validAsOf"
          label="유효 기준일 Valid as of"
          hint="판정이 이 날짜까지 맞다고 확인됨. The verdict is known to hold up to this date."
          state={state}
          defaultValue={value('validAsOf')}
        />
        <Input
          key={fieldKey('recheckAfter')}
          type="date"
          name="recheckAfter"
          label="재확인 예정일 Re-check after"
          hint="이 날짜가 지나면 재확인 목록에 나옵니다. After this date the claim shows on the re-check list."
          state={state}
          defaultValue={value('recheckAfter')}
        />
      </div>
    </fieldset>
  )
}
