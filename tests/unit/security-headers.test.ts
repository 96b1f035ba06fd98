import { describe, expect, it } from 'vitest'
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header'
import { decodeCursor, encodeCursor } from '../../lib/reader/cursor'
import { cameOverHttps, contentSecurityPolicy, isFramablePath, newNonce } from '../../lib/reader/security-headers'
import { escapeXml } from '../../lib/reader/xml'

describe('content security policy', () => {
  it('carries a nonce that Next itself finds in it (so Next puts it on its scripts)', () => {
    const nonce = newNonce()
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce, '/'))).toBe(nonce)
  })

  it('makes a new nonce each time', () => {
    expect(newNonce()).not.toBe(newNonce())
  })

  it('refuses framing everywhere but the embed cards', () => {
    expect(contentSecurityPolicy('n', '/')).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('n', '/c/kfm2023/x')).toContain("frame-ancestors 'none'")
    // A path that merely starts with "embed" is not the embed route.
    expect(contentSecurityPolicy('n', '/embedded')).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('n', '/embed/c/kfm2023')).toContain('frame-ancestors *')
    expect(isFramablePath('/embed/c/x')).toBe(true)
  })

  it('never allows inline scripts without the nonce', () => {
    const scriptSrc = contentSecurityPolicy('n', '/').split('; ').find((directive) => directive.startsWith('script-src'))
    expect(scriptSrc).toBe("script-src 'self' 'nonce-n'")
  })
})

describe('HTTPS detection for HSTS', () => {
  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    expect(cameOverHttps(false, 'https', 0)).toBe(false)
    expect(cameOverHttps(false, 'https', 1)).toBe(true)
    expect(cameOverHttps(false, 'http', 1)).toBe(false)
    // The last entry is our own proxy's; an earlier one is whatever the client claimed.
    expect(cameOverHttps(false, 'https, http', 1)).toBe(false)
    expect(cameOverHttps(true, undefined, 0)).toBe(true)
  })
})

describe('API cursors', () => {
  it('round-trip the sort key', () => {
    const key = { publishedAt: new Date('2025-01-02T03:04:05.678Z'), shortId: 'kfm2023' }
    const cursor = encodeCursor(key)
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(cursor)).toEqual(key)
  })

  it('reject anything else', () => {
    for (const bad of ['', 'not a cursor', 'e30', Buffer.from('["yesterday","x"]').toString('base64url'), Buffer.from('["2025-01-01T00:00:00Z","a b"]').toString('base64url')]) {
      expect(decodeCursor(bad), bad).toBeNull()
    }
  })
})

describe('XML escaping', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">R&D's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;')
    expect(escapeXml('bell\u0007 tab\t')).toBe('bell tab\t')
  })
})
