// The one check for where this site may send a browser: after sign-in (the form's callbackUrl and next-auth's own
// redirects), back from the language switch, and to sign-in from a desk page. A link anyone can craft names these
// targets, so each must stay on this site. Pure module (no Next or env imports): server code, route handlers and
// unit tests share it.

/** A base no real site has: a target resolving to any other origin leaves this one. */
const BASE = 'http://same-site.invalid'

const MAX_LENGTH = 2048

/**
 * Control characters (C0, DEL, C1) and whitespace of any kind. The URL parser silently drops tab, LF and CR and
 * trims leading C0 and spaces, so '/\t/evil.example' passes a "one leading slash" test and then becomes the
 * protocol-relative '//evil.example'. A path of ours never needs any of them raw (they are percent-encoded).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]|\s/

/**
 * `value` as a path on this site (with its query and fragment), as the URL parser serialises it, so that non-ASCII
 * text arrives percent-encoded (a Location header holds bytes, not Hangul); or null when it is anything else:
 * not a string, empty or too long, not starting with exactly one '/', holding a backslash (browsers read '/\x' as
 * '//x'), a control character or whitespace, or resolving to another origin or to a path that starts with '//'
 * (which a browser would read as another host: '/.//evil.example').
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null
  if (!value.startsWith('/') || value.startsWith('//')) return null
  if (value.includes('\\') || CONTROL_OR_SPACE.test(value)) return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) return null
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * next-auth's redirect targets arrive as a path or as an absolute URL on `baseUrl` (its own origin); either way
 * only the same-site path survives, else the home page.
 */
export function sameSiteUrl(value: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '')
  const path = value.startsWith(`${base}/`) ? value.slice(base.length) : value
  return `${base}${sameSitePath(path) ?? '/'}`
}
