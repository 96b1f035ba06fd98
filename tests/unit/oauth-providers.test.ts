import { describe, expect, it } from 'vitest'
import { oauthProviders } from '../../lib/auth/options'
import { parseEnv } from '../../lib/env'

describe('optional OAuth sign-in', () => {
  it('is off by default', () => {
    expect(oauthProviders(parseEnv({}))).toEqual([])
  })

  it('turns a provider on only when both of its variables are set', () => {
    expect(oauthProviders(parseEnv({ GITHUB_ID: 'id' }))).toEqual([])
    const providers = oauthProviders(parseEnv({ GITHUB_ID: 'id', GITHUB_SECRET: 's', GOOGLE_CLIENT_ID: 'g', GOOGLE_CLIENT_SECRET: 's' }))
    expect(providers.map((provider) => provider.id)).toEqual(['github', 'google'])
  })
})
