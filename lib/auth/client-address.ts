// Client addresses for sign-in throttling. Next's own server keeps an X-Forwarded-For sent by the client as it
// is, so anyone could pose as any address; our web server (lib/cli/web-server.ts) therefore rewrites the header
// before Next sees it: only the entries our own proxies appended survive, then the connection's address.

/** The X-Forwarded-For to hand to Next: the last `trustedProxies` entries of the incoming one, plus the peer. */
export function trustedForwardedFor(
  incoming: string | string[] | undefined,
  peerAddress: string | undefined,
  trustedProxies: number,
): string {
  const header = Array.isArray(incoming) ? incoming.join(',') : (incoming ?? '')
  const entries = header.split(',').map((entry) => entry.trim()).filter(Boolean)
  const kept = trustedProxies > 0 ? entries.slice(-trustedProxies) : []
  return [...kept, peerAddress ?? 'unknown'].join(', ')
}

/**
 * The client's address from a header built by `trustedForwardedFor`: with `trustedProxies` proxies in front, the
 * client is that many entries before the last (the last is the peer that connected to us).
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined, trustedProxies: number): string | undefined {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  const entries = (header ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  const address = entries[entries.length - 1 - trustedProxies] ?? entries[0]
  return address?.replace(/^::ffff:/, '')
}
