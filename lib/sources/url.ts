// One URL, one source: the canonical form under which a web source is stored and looked up, so that the same page
// pasted with a tracking tag, a fragment or a trailing slash is recognised as a source the library already has.
// Pure and database-free; the rules favour false splits over false merges: an editor can spot and merge two rows for
// one page, but two different pages silently stored as one source would make evidence point at the wrong document.
import { UserError } from '../errors'

/**
 * Query parameters that only say how a reader arrived (campaign tags, click ids of ad and mail platforms), never which
 * document is shown. Compared case-insensitively; every `utm_*` parameter is dropped too. Deliberately absent: `ref`,
 * `source`, `from` and similar plain words, which some sites use to select content.
 */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid', // Facebook
  'gclid', // Google Ads
  'gclsrc',
  'dclid', // Google Display
  'gbraid',
  'wbraid',
  'msclkid', // Microsoft Ads
  'mc_cid', // Mailchimp
  'mc_eid',
  'igshid', // Instagram
  'yclid', // Yandex
  'twclid', // X / Twitter Ads
  'ref_src', // X / Twitter embeds
  'ref_url',
  '_ga', // Google Analytics cross-domain linker
  '_gl',
  '_hsenc', // HubSpot
  '_hsmi',
  'mkt_tok', // Marketo
])

const HTTP_PROTOCOLS = new Set(['http:', 'https:'])

function parse(input: string): URL | null {
  try {
    return new URL(input.trim())
  } catch {
    return null
  }
}

/** True when the text is an absolute http:// or https:// URL. */
export function isHttpUrl(input: string): boolean {
  const url = parse(input)
  return url !== null && HTTP_PROTOCOLS.has(url.protocol) && url.hostname !== ''
}

/**
 * The canonical form of a web address. The WHATWG URL parser already lower-cases scheme and host, turns
 * international host names into punycode, drops the default port (:80 for http, :443 for https), resolves `.` and
 * `..` segments and percent-encodes non-ASCII characters (so `/뉴스` and `/%EB%89%B4%EC%8A%A4` meet). On top of that:
 * no fragment, no tracking parameters, no trailing slash on a non-root path, upper-case percent escapes, no trailing
 * dot on the host. The scheme is kept: http and https may serve different resources, and upgrading is a guess.
 * Throws a UserError for anything that is not an absolute http(s) URL, or that carries a user name or password.
 */
export function normalizeUrl(input: string): string {
  const url = parse(input)
  if (!url) throw new UserError(`"${input.trim()}" is not a valid web address; it must start with http:// or https://.`)
  if (!HTTP_PROTOCOLS.has(url.protocol)) {
    throw new UserError(`Only http:// and https:// addresses can be sources, not ${url.protocol}//.`)
  }
  if (url.hostname === '') throw new UserError(`"${input.trim()}" has no host name.`)
  // Credentials do not identify a document, and a public claim tracker must not store them.
  if (url.username || url.password) throw new UserError('Remove the user name and password from the address.')

  url.hash = ''
  // "example.com." is the fully qualified spelling of "example.com"; same server, same source.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.replace(/\.+$/, '')
  url.pathname = upperCaseEscapes(withoutTrailingSlash(url.pathname))
  url.search = upperCaseEscapes(withoutTrackingParameters(url.search))
  return url.href
}

/** "/a/b/" -> "/a/b"; the root path "/" stays, since "https://x.com" and "https://x.com/" are one URL anyway. */
function withoutTrailingSlash(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/'
}

/**
 * The query without tracking parameters. The remaining pairs are kept byte for byte and in their original order:
 * re-serialising would re-encode values ("+" vs "%20", "/" vs "%2F") and sorting would change what order-sensitive
 * servers (repeated keys, old CGI and .do handlers) return. Empty pairs ("a=1&&b=2") carry nothing and are dropped.
 */
function withoutTrackingParameters(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParameter(parameterName(pair)))
  return pairs.length ? `?${pairs.join('&')}` : ''
}

function parameterName(pair: string): string {
  const raw = pair.split('=', 1)[0].replace(/\+/g, ' ')
  try {
    return decodeURIComponent(raw).toLowerCase()
  } catch {
    return raw.toLowerCase() // a stray "%" is not an escape; compare the name as written
  }
}

function isTrackingParameter(name: string): boolean {
  return name.startsWith('utm_') || TRACKING_PARAMETERS.has(name)
}

/** "%eb%89" and "%EB%89" are the same octets (RFC 3986 §6.2.2.1); pick one spelling. */
function upperCaseEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
}
