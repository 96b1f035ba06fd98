/**
 * The client's address from X-Forwarded-For. Next's server appends the address of the connection it accepted, so
 * the last entry is trustworthy; with `trustedProxies` proxies in front, each appending the address it saw, the
 * client is that many entries before it. Anything earlier was written by the client and is ignored.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined, trustedProxies: number): string | undefined {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  const entries = (header ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  const address = entries[entries.length - 1 - trustedProxies] ?? entries[0]
  return address?.replace(/^::ffff:/, '')
}
