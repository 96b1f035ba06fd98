// Newsroom settings. Changing who may publish is newsroom administration, so it needs the same right as managing
// users ('users.manage', ADMIN only); every change is audited with the value before and after.
import { defineAction } from '../actions/pipeline'
import { setTwoPersonRuleInput } from './schema'
import { TWO_PERSON_RULE_KEY, twoPersonRule } from './queries'

export const setTwoPersonRule = defineAction({
  name: 'settings.setTwoPersonRule',
  permission: 'users.manage',
  input: setTwoPersonRuleInput,
  async run({ tx, actor, input, audit }) {
    // Row lock (when the row exists) so that two admins toggling at once are audited in the order they wrote.
    await tx.$queryRaw`SELECT key FROM settings WHERE key = ${TWO_PERSON_RULE_KEY} FOR UPDATE`
    const before = await twoPersonRule(tx)
    await tx.setting.upsert({
      where: { key: TWO_PERSON_RULE_KEY },
      create: { key: TWO_PERSON_RULE_KEY, value: input.enabled, updatedById: actor.id },
      update: { value: input.enabled, updatedById: actor.id },
    })
    // Audited even when unchanged: an admin confirming the rule is itself worth seeing in the log.
    await audit({
      action: 'setting.twoPersonRule',
      entityType: 'setting',
      entityId: TWO_PERSON_RULE_KEY,
      before: { twoPersonRule: before },
      after: { twoPersonRule: input.enabled },
    })
    return { twoPersonRule: input.enabled }
  },
  revalidate: () => ['/desk/settings', '/methodology'],
})
