// The Content-Security-Policy the production server (lib/cli/web-server.ts) puts on every response, with a fresh
// script nonce per request. Next reads the nonce from the *request's* content-security-policy header
// (next/dist/server/app-render/get-script-nonce-from-header.js) and puts it on every script it renders, so the
// server sets the same policy on the request it hands to Next and on the response. The static headers (referrer
// policy, nosniff, X-Frame-Options, a script-less baseline CSP for `next dev`) are in next.config.js.
import { randomBytes } from 'node:crypto'

/** Paths other sites may frame: the embed cards, and nothing else. */
export const isFramablePath = (pathname: string) => pathname === '/embed' || pathname.startsWith('/embed/')

export const newNonce = () => randomBytes(18).toString('base64')

export function contentSecurityPolicy(nonce: string, pathname: string): string {
  return [
    "default-src 'self'",
    // No 'strict-dynamic': Next's own chunks load as same-origin <script src>, which 'self' allows.
    `script-src 'self' 'nonce-${nonce}'`,
    // React style attributes carry the rating colours; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // No form-action: Chrome applies it to the redirects after a form post, which would stop OAuth sign-in.
    `frame-ancestors ${isFramablePath(pathname) ? '*' : "'none'"}`,
  ].join('; ')
}

export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * Whether the client reached us over HTTPS: our own TLS socket, or a trusted proxy's X-Forwarded-Proto. Without a
 * trusted proxy the header is the client's word and is ignored: HSTS over plain HTTP is refused by browsers anyway,
 * and a forged one must not make us claim HTTPS.
 */
export function cameOverHttps(encrypted: boolean, forwardedProto: string | string[] | undefined, trustedProxies: number): boolean {
  if (encrypted) return true
  if (trustedProxies === 0 || forwardedProto === undefined) return false
  const header = Array.isArray(forwardedProto) ? forwardedProto.join(',') : forwardedProto
  // The nearest proxy's entry is the last one; it saw the client's (or the outer proxy's) scheme.
  const entries = header.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean)
  return entries[entries.length - 1] === 'https'
}
