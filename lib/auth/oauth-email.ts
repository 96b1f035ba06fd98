// OAuth signs in an existing user only by an email address the provider says it has verified: an address anyone
// can type into a provider's profile must never open someone else's desk account.
import type { Profile } from 'next-auth'
import type { OAuthConfig } from 'next-auth/providers/oauth'
import GitHubProvider, { type GithubProfile } from 'next-auth/providers/github'

/** GitHub's /user/emails entries: the only place GitHub says whether an address is verified. */
interface GitHubEmail {
  email: string
  verified: boolean
  primary: boolean
}

/** The GitHub profile as our provider returns it: with the addresses GitHub has verified for the account. */
export type GitHubProfileWithEmails = GithubProfile & { verified_emails: string[] }

/**
 * GitHub sign-in that always asks /user/emails (scope user:email) and keeps the verified addresses next to the
 * profile; next-auth's own provider asks only when the profile has no public email, and never checks verification.
 */
export function gitHubProvider(options: { clientId: string; clientSecret: string }, apiBase = 'https://api.github.com'): OAuthConfig<GitHubProfileWithEmails> {
  const provider = GitHubProvider<GitHubProfileWithEmails>(options)
  return {
    ...provider,
    userinfo: {
      url: `${apiBase}/user`,
      // next-auth types this answer as its generic Profile (name: string | undefined); GitHub's has name: null.
      async request({ tokens }) {
        return (await gitHubProfile(String(tokens.access_token), apiBase)) as unknown as Profile
      },
    },
  }
}

/** The signed-in account's profile and verified addresses, read from GitHub's API at `apiBase`. */
export async function gitHubProfile(accessToken: string, apiBase: string): Promise<GitHubProfileWithEmails> {
  const headers = { Authorization: `Bearer ${accessToken}`, Accept: 'application/vnd.github+json', 'User-Agent': 'claim-tracker' }
  const [profileResponse, emailsResponse] = await Promise.all([fetch(`${apiBase}/user`, { headers }), fetch(`${apiBase}/user/emails`, { headers })])
  if (!profileResponse.ok) throw new Error(`GitHub answered ${profileResponse.status} for the user profile`)
  const profile = (await profileResponse.json()) as GithubProfile
  const emails = emailsResponse.ok ? ((await emailsResponse.json()) as GitHubEmail[]) : []
  const verified = emails.filter((entry) => entry.verified === true).map((entry) => entry.email.toLowerCase())
  // The address next-auth hands to the signIn callback: the profile's own if verified, else the verified primary.
  const primary = emails.find((entry) => entry.primary && entry.verified === true)?.email ?? null
  const email = profile.email && verified.includes(profile.email.toLowerCase()) ? profile.email : primary
  return { ...profile, email, verified_emails: verified }
}

/**
 * The address this provider vouches for, lower-cased, or null when it does not say the address is verified:
 * Google's OpenID profile carries `email_verified`; GitHub's the list our provider reads from /user/emails.
 * Any other provider vouches for nothing until it is added here.
 */
export function verifiedOAuthEmail(provider: string, email: string | null | undefined, profile: unknown): string | null {
  if (!email) return null
  const address = email.toLowerCase()
  const fields = (profile ?? {}) as { email_verified?: unknown; verified_emails?: unknown }
  if (provider === 'google') return fields.email_verified === true ? address : null
  if (provider === 'github') {
    return Array.isArray(fields.verified_emails) && fields.verified_emails.includes(address) ? address : null
  }
  return null
}
