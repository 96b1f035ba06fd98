import { describe, expect, it } from 'vitest'
import { checkCredentials, INVALID_CREDENTIALS } from '../../lib/auth/credentials'
import { assertNotThrottled, delaySeconds, recordFailure, SignInThrottledError, throttleKeys } from '../../lib/auth/throttle'
import { db } from '../../lib/db/client'
import { makeUser, TEST_PASSWORD } from '../support/users'

describe('sign-in with email and password', () => {
  it('accepts the right password, whatever the case of the email', async () => {
    const user = await makeUser('EDITOR', { email: 'kim@example.com' })
    const signedIn = await checkCredentials(db(), { email: ' Kim@Example.com ', password: TEST_PASSWORD }, '203.0.113.5')
    expect(signedIn).toMatchObject({ id: user.id, role: 'EDITOR' })
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull()
  })

  it('gives one message for a wrong password, an unknown email and a deactivated account', async () => {
    await makeUser('EDITOR', { email: 'lee@example.com' })
    await makeUser('EDITOR', { email: 'gone@example.com', active: false })
    const attempts = [
      { email: 'lee@example.com', password: 'wrong password' },
      { email: 'nobody@example.com', password: TEST_PASSWORD },
      { email: 'gone@example.com', password: TEST_PASSWORD },
      { email: '', password: '' },
    ]
    for (const attempt of attempts) {
      await expect(checkCredentials(db(), attempt, '203.0.113.6')).rejects.toThrow(INVALID_CREDENTIALS)
    }
  })
})

describe('sign-in throttling', () => {
  it('after a burst of wrong passwords makes the account wait, longer each time, with a clear message', async () => {
    await makeUser('EDITOR', { email: 'park@example.com' })
    const attempt = (password: string) => checkCredentials(db(), { email: 'park@example.com', password }, '198.51.100.7')
    for (let i = 0; i < 5; i++) await expect(attempt('wrong')).rejects.toThrow(INVALID_CREDENTIALS)
    // The sixth try, even with the right password, is refused until the delay has passed.
    const refusal = await attempt(TEST_PASSWORD).catch((error) => error)
    expect(refusal).toBeInstanceOf(SignInThrottledError)
    expect(refusal.message).toMatch(/Too many sign-in attempts: try again in \d+ s/)

    expect([5, 6, 7, 8].map((n) => delaySeconds('account', n))).toEqual([1, 2, 4, 8])
    expect(delaySeconds('account', 4)).toBe(0)
    expect(delaySeconds('account', 40)).toBe(900)
  })

  it('throttles an address across accounts, so guessing many emails from one place slows down too', async () => {
    const keys = (email: string) => throttleKeys(email, '192.0.2.44')
    for (let i = 0; i < 21; i++) await recordFailure(db(), keys(`guess${i}@example.com`))
    await expect(assertNotThrottled(db(), keys('fresh@example.com'))).rejects.toBeInstanceOf(SignInThrottledError)
    await expect(assertNotThrottled(db(), throttleKeys('fresh@example.com', '192.0.2.45'))).resolves.toBeUndefined()
  })

  it('counts concurrent failures without losing any', async () => {
    const keys = throttleKeys('race@example.com', undefined)
    await Promise.all(Array.from({ length: 10 }, () => recordFailure(db(), keys)))
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: 'account:race@example.com' } })
    expect(row.failures).toBe(10)
  })

  it('a correct password clears the account count', async () => {
    await makeUser('EDITOR', { email: 'choi@example.com' })
    for (let i = 0; i < 3; i++) {
      await expect(checkCredentials(db(), { email: 'choi@example.com', password: 'x' }, undefined)).rejects.toThrow()
    }
    await checkCredentials(db(), { email: 'choi@example.com', password: TEST_PASSWORD }, undefined)
    expect(await db().signInThrottle.findUnique({ where: { key: 'account:choi@example.com' } })).toBeNull()
  })
})
