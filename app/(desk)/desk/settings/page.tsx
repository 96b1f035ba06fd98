import { Forbidden } from '@/components/desk/Forbidden'
import { TwoPersonRuleForm } from '@/components/desk/TwoPersonRuleForm'
import { requireUser } from '@/lib/auth/session'
import { twoPersonRuleDetails } from '@/lib/settings/queries'
import { formatDeskTime } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

export const metadata = { title: '설정 Settings' }

export default async function SettingsPage() {
  const { allowed } = await requireUser('users.manage', '/desk/settings')
  if (!allowed) return <Forbidden />
  const rule = await twoPersonRuleDetails()
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">
        설정 <span lang="en" className="font-normal text-stone-500">Settings</span>
      </h1>
      <section aria-labelledby="two-person" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="two-person" className="text-lg font-semibold">
          두 사람 규칙 <span lang="en" className="font-normal text-stone-500">Two-person rule</span>
        </h2>
        <p className="text-lg" role="status">
          지금: <strong>{rule.enabled ? '켜짐 On' : '꺼짐 Off'}</strong>
          {rule.updatedAt ? (
            <span className="ml-2 text-sm text-stone-600">
              ({rule.updatedBy ?? '알 수 없음 unknown'} · {formatDeskTime(rule.updatedAt, deskTimeZone())})
            </span>
          ) : (
            <span className="ml-2 text-sm text-stone-600">(기본값 default)</span>
          )}
        </p>
        <p>
          켜져 있으면 판정 초안을 쓴 사람은 그 판정을 공개할 수 없고, 다른 검토자나 관리자가 공개해야 합니다. 끄면 검토자와
          관리자가 자기 초안도 바로 공개할 수 있습니다. 한 사람이 운영하는 편집국에만 끄세요.
        </p>
        <p lang="en" className="text-stone-700">
          While on, whoever drafted a verdict cannot publish it: another reviewer or admin must. Turned off, reviewers and
          admins can publish their own drafts with no second reader. Turn it off only for a one-person newsroom. Every
          change is recorded in the audit log, and the public methodology page says whether the rule is on.
        </p>
        <TwoPersonRuleForm enabled={rule.enabled} />
      </section>
    </div>
  )
}
