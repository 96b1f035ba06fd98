// OAuth signs in an existing, active user only by an address the provider has verified (README: "matched by
// verified email"). The sign-in callback runs for real against the database; the providers' answers are what
// Google's OpenID profile and GitHub's API send, GitHub's from a local server that speaks its API.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authOptions } from '../../lib/auth/options'
import { gitHubProfile } from '../../lib/auth/oauth-email'
import { makeUser } from '../support/users'

process.env.NEXTAUTH_URL = 'http://localhost:3000'

type SignIn = NonNullable<ReturnType<typeof authOptions>['callbacks']>['signIn']

async function signIn(provider: string, email: string, profile: Record<string, unknown>): Promise<unknown> {
  const callback = authOptions().callbacks!.signIn as NonNullable<SignIn>
  const account = { provider, type: 'oauth' as const, providerAccountId: '1' }
  return callback({ user: { id: '1', email }, account, profile: { email, ...profile } })
}

describe('Google sign-in', () => {
  it("lets an active user in only when Google says the address is verified", async () => {
    const user = await makeUser('EDITOR')
    expect(await signIn('google', user.email, { email_verified: true })).toBe(true)
    expect(await signIn('google', user.email.toUpperCase(), { email_verified: true })).toBe(true)
    expect(await signIn('google', user.email, { email_verified: false })).toBe(false)
    expect(await signIn('google', user.email, {})).toBe(false)
    // Not a boolean true: a string from a careless provider proxy is not a verification.
    expect(await signIn('google', user.email, { email_verified: 'true' })).toBe(false)
  })

  it('keeps deactivated users and unknown addresses out even when verified', async () => {
    const inactive = await makeUser('EDITOR', { active: false })
    expect(await signIn('google', inactive.email, { email_verified: true })).toBe(false)
    expect(await signIn('google', `nobody-${Date.now()}@example.com`, { email_verified: true })).toBe(false)
  })
})

describe('GitHub sign-in', () => {
  let server: Server
  let apiBase = ''
  // What the local stand-in for api.github.com answers, per access token.
  const accounts = new Map<string, { profile: Record<string, unknown>; emails: { email: string; verified: boolean; primary: boolean }[] }>()

  beforeAll(async () => {
    server = createServer((request, response) => {
      const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '')
      const account = accounts.get(token)
      if (!account) return void response.writeHead(401).end('{}')
      const body = request.url === '/user' ? account.profile : request.url === '/user/emails' ? account.emails : undefined
      if (body === undefined) return void response.writeHead(404).end('{}')
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  async function gitHubSignIn(token: string): Promise<unknown> {
    const profile = await gitHubProfile(token, apiBase)
    return signIn('github', String(profile.email ?? ''), profile)
  }

  it('lets an active user in by a public address GitHub lists as verified', async () => {
    const user = await makeUser('REVIEWER')
    accounts.set('verified-public', {
      profile: { id: 1, login: 'a', name: null, email: user.email },
      emails: [{ email: user.email, verified: true, primary: true }],
    })
    expect(await gitHubSignIn('verified-public')).toBe(true)
  })

  it('refuses a public profile address that GitHub has not verified', async () => {
    const user = await makeUser('ADMIN')
    accounts.set('unverified-public', {
      profile: { id: 2, login: 'b', name: null, email: user.email },
      emails: [
        { email: user.email, verified: false, primary: false },
        { email: `own-${Date.now()}@example.net`, verified: true, primary: true },
      ],
    })
    expect(await gitHubSignIn('unverified-public')).toBe(false)
  })

  it('uses the verified primary address when the profile shows none, and refuses an unverified primary', async () => {
    const user = await makeUser('EDITOR')
    accounts.set('hidden-verified', { profile: { id: 3, login: 'c', name: null, email: null }, emails: [{ email: user.email, verified: true, primary: true }] })
    expect(await gitHubSignIn('hidden-verified')).toBe(true)
    accounts.set('hidden-unverified', { profile: { id: 4, login: 'd', name: null, email: null }, emails: [{ email: user.email, verified: false, primary: true }] })
    expect(await gitHubSignIn('hidden-unverified')).toBe(false)
  })

  it('refuses when GitHub does not answer the address list (no scope): nothing is verified then', async () => {
    const user = await makeUser('EDITOR')
    accounts.set('no-emails', { profile: { id: 5, login: 'e', name: null, email: user.email }, emails: [] })
    expect(await gitHubSignIn('no-emails')).toBe(false)
  })
})

describe('other providers', () => {
  it('vouch for no address until they are taught how theirs says "verified"', async () => {
    const user = await makeUser('EDITOR')
    expect(await signIn('gitlab', user.email, { email_verified: true, verified_emails: [user.email] })).toBe(false)
  })
})
