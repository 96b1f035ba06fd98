import { describe, expect, it } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { setTwoPersonRule } from '../../lib/settings/actions'
import { twoPersonRule, TWO_PERSON_RULE_KEY } from '../../lib/settings/queries'
import { everyCaller, makeUser } from '../support/users'

const reset = () => db().setting.deleteMany({ where: { key: TWO_PERSON_RULE_KEY } })

describe('two-person rule setting', () => {
  it('is on when nobody has set it, and when the stored value is not a boolean', async () => {
    await reset()
    expect(await twoPersonRule()).toBe(true)
    await db().setting.create({ data: { key: TWO_PERSON_RULE_KEY, value: 'false' } })
    expect(await twoPersonRule()).toBe(true)
    await db().setting.update({ where: { key: TWO_PERSON_RULE_KEY }, data: { value: false } })
    expect(await twoPersonRule()).toBe(false)
    // Read inside a transaction too, as the publishing action does.
    expect(await db().$transaction((tx) => twoPersonRule(tx))).toBe(false)
  })

  it('only an ADMIN turns it off; everyone else is refused and it stays on', async () => {
    for (const [who, caller] of await everyCaller()) {
      await reset()
      const result = await setTwoPersonRule.execute(caller, { enabled: 'false' })
      if (who === 'ADMIN') {
        expect(result.status).toBe('ok')
        expect(await twoPersonRule()).toBe(false)
      } else {
        expect(result).toEqual({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })
        expect(await twoPersonRule()).toBe(true)
        expect(await db().auditEvent.count({ where: { action: 'setting.twoPersonRule', actorId: caller?.id } })).toBe(0)
      }
    }
  })

  it('records who changed it, with the value before and after, in the audit log', async () => {
    await reset()
    const admin = await makeUser('ADMIN')
    expect((await setTwoPersonRule.execute(admin, { enabled: 'false' })).status).toBe('ok')
    expect((await setTwoPersonRule.execute(admin, { enabled: 'true' })).status).toBe('ok')
    const events = await db().auditEvent.findMany({
      where: { action: 'setting.twoPersonRule', actorId: admin.id },
      orderBy: { createdAt: 'asc' },
    })
    expect(events.map((event) => event.data)).toEqual([
      { before: { twoPersonRule: true }, after: { twoPersonRule: false } },
      { before: { twoPersonRule: false }, after: { twoPersonRule: true } },
    ])
    const row = await db().setting.findUniqueOrThrow({ where: { key: TWO_PERSON_RULE_KEY } })
    expect(row).toMatchObject({ value: true, updatedById: admin.id })
  })

  it('refuses anything but an explicit on or off', async () => {
    const admin = await makeUser('ADMIN')
    await reset()
    for (const enabled of ['', 'yes', undefined]) {
      const result = await setTwoPersonRule.execute(admin, { enabled })
      expect(result.status).toBe('invalid')
    }
    expect(await db().setting.count({ where: { key: TWO_PERSON_RULE_KEY } })).toBe(0)
  })
})
