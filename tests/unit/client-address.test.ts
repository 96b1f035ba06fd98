import { describe, expect, it } from 'vitest'
import { clientAddress, trustedForwardedFor } from '../../lib/auth/client-address'

describe('client address', () => {
  it('ignores an X-Forwarded-For the client made up when no proxy is trusted', () => {
    const header = trustedForwardedFor('6.6.6.6', '203.0.113.9', 0)
    expect(header).toBe('203.0.113.9')
    expect(clientAddress(header, 0)).toBe('203.0.113.9')
  })

  it("behind one proxy, takes the address the proxy saw and drops what the client wrote before it", () => {
    // client 198.51.100.4 sent a forged "6.6.6.6"; the proxy (10.0.0.2) appended the real one.
    const header = trustedForwardedFor('6.6.6.6, 198.51.100.4', '10.0.0.2', 1)
    expect(header).toBe('198.51.100.4, 10.0.0.2')
    expect(clientAddress(header, 1)).toBe('198.51.100.4')
  })

  it('writes IPv4-mapped IPv6 peers as IPv4', () => {
    expect(clientAddress(trustedForwardedFor(undefined, '::ffff:127.0.0.1', 0), 0)).toBe('127.0.0.1')
  })
})
