// Fetches an editor-supplied URL on the server to archive what a source said when it was cited: final URL, status,
// content type, extracted text and a SHA-256 of the body. A server-side fetch of a user-chosen URL is an SSRF surface,
// so every hop is checked before anything is sent: http(s) only, and every address the host name resolves to must be
// public. The connection then goes to exactly the addresses that were checked (a pinned `lookup`), so a DNS server
// that answers differently the second time (DNS rebinding) cannot redirect the request inside the network.
// node:http/node:https rather than fetch(): fetch offers no control over address resolution.
import { createHash } from 'node:crypto'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { pipeline, type Readable } from 'node:stream'
import zlib from 'node:zlib'
import { htmlToArticleText, htmlToPageText } from './article-text'

export type ArchiveResult =
  | {
      ok: true
      /** The URL of the document after redirects. */
      finalUrl: string
      status: number
      /** The Content-Type header as the server sent it ('' when it sent none). */
      contentType: string
      /** Readable text of HTML and plain-text documents; '' for PDFs, images and other binary types. */
      text: string
      /** Hex SHA-256 of the body bytes (after any gzip/deflate/br transfer coding is removed). */
      sha256: string
      bytes: number
      fetchedAt: Date
    }
  | { ok: false; reason: string; fetchedAt: Date }

export type ResolvedAddress = { address: string; family: number }
/** Resolves a host name to all of its addresses; injectable so tests can play DNS. */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>

export type ArchiveOptions = {
  /** Limit for the whole fetch: lookups, redirects and body. Default 10 s. */
  timeoutMs?: number
  /** Largest body accepted. Default 5 MB. */
  maxBytes?: number
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number
  /** Host names (exact, as in the URL) exempt from the public-address check, e.g. ['127.0.0.1'] in tests. */
  allowHosts?: string[]
  lookup?: HostLookup
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 }
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const REQUEST_HEADERS = {
  'user-agent': 'claim-tracker-archiver/0.1 (fact-checking source archive)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8',
  'accept-language': 'ko,en;q=0.8',
  // Ask for the bytes as stored; servers that compress anyway are decoded below.
  'accept-encoding': 'identity',
}

const systemLookup: HostLookup = (hostname) => dns.promises.lookup(hostname, { all: true })

/** A reason the fetch failed that is fit to show an editor; thrown internally, returned as { ok: false }. */
class ArchiveFailure extends Error {}

export async function fetchForArchive(url: string, options: ArchiveOptions = {}): Promise<ArchiveResult> {
  const settings = { ...DEFAULTS, lookup: systemLookup, allowHosts: [] as string[], ...definedOnly(options) }
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs)
  try {
    return await fetchFollowingRedirects(url, settings, deadline.signal)
  } catch (error) {
    const reason = deadline.signal.aborted
      ? `Timed out after ${formatDuration(settings.timeoutMs)}`
      : error instanceof ArchiveFailure
        ? error.message
        : networkReason(error)
    return { ok: false, reason, fetchedAt: new Date() }
  } finally {
    clearTimeout(timer)
  }
}

type Settings = Required<ArchiveOptions>

async function fetchFollowingRedirects(url: string, settings: Settings, signal: AbortSignal): Promise<ArchiveResult> {
  let target = parseHttpUrl(url)
  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveAllowedAddresses(target, settings, signal)
    const response = await request(target, addresses, signal)
    const status = response.statusCode ?? 0
    const location = response.headers.location
    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy() // the redirect body is not wanted
      if (redirects >= settings.maxRedirects) throw new ArchiveFailure('Too many redirects')
      target = parseHttpUrl(location, target)
      continue
    }
    if (status < 200 || status > 299) {
      response.destroy()
      throw new ArchiveFailure(`HTTP ${status}`)
    }
    return archiveResponse(target, response, settings.maxBytes)
  }
}

async function archiveResponse(target: URL, response: http.IncomingMessage, maxBytes: number): Promise<ArchiveResult> {
  const declaredLength = Number(response.headers['content-length'])
  // Refuse early when the server says the body is too large; the running count below catches the rest.
  if (!response.headers['content-encoding'] && declaredLength > maxBytes) {
    response.destroy()
    throw new ArchiveFailure(`Larger than ${formatBytes(maxBytes)}`)
  }
  const body = await readBody(decoded(response), maxBytes)
  const contentType = response.headers['content-type'] ?? ''
  return {
    ok: true,
    finalUrl: target.href,
    status: response.statusCode!,
    contentType,
    text: extractText(body, contentType, target.href),
    sha256: createHash('sha256').update(body).digest('hex'),
    bytes: body.length,
    fetchedAt: new Date(),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// URL and address checks

function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL
  try {
    url = new URL(input.trim(), base)
  } catch {
    throw new ArchiveFailure('Not an http(s) URL')
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new ArchiveFailure('Not an http(s) URL')
  }
  return url
}

/** "[::1]" -> "::1": URL keeps IPv6 literals bracketed, sockets and address checks want them bare. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1')

/**
 * The addresses to connect to: the literal IP, or every address the name resolves to. Each must be public unless the
 * host is in allowHosts. A single private answer refuses the host: which answer a connection uses is not ours to pick.
 */
async function resolveAllowedAddresses(url: URL, settings: Settings, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = bareHost(url)
  const allowed = settings.allowHosts.some((name) => name.replace(/^\[(.*)\]$/, '$1').toLowerCase() === host)
  const literalFamily = net.isIP(host)
  if (literalFamily) {
    const problem = addressProblem(host)
    if (problem && !allowed) throw new ArchiveFailure(`Refused: ${host} is ${problem} address`)
    return [{ address: host, family: literalFamily }]
  }

  let addresses: ResolvedAddress[]
  try {
    addresses = [...(await untilAborted(settings.lookup(host), signal))]
  } catch (error) {
    if (signal.aborted) throw error
    throw new ArchiveFailure('DNS lookup failed')
  }
  if (addresses.length === 0) throw new ArchiveFailure('DNS lookup failed')
  if (!allowed) {
    for (const { address } of addresses) {
      const problem = addressProblem(address)
      if (problem) throw new ArchiveFailure(`Refused: ${host} resolves to ${address}, ${problem} address`)
    }
  }
  return addresses.map(({ address }) => ({ address, family: net.isIP(address) }))
}

/** True only for addresses on the public internet: global unicast IPv4 or IPv6, not a special-purpose range. */
export function isPublicAddress(ip: string): boolean {
  return addressProblem(ip) === null
}

type Range = { bytes: number[]; prefix: number; kind: string }
const range = (bytes: number[], prefix: number, kind: string): Range => ({ bytes, prefix, kind })

// IANA IPv4 special-purpose registry, the parts that must never be fetched from a server.
const IPV4_BLOCKED: Range[] = [
  range([0, 0, 0, 0], 8, 'an unspecified ("this network")'),
  range([10, 0, 0, 0], 8, 'a private'),
  range([100, 64, 0, 0], 10, 'a shared (CGNAT)'),
  range([127, 0, 0, 0], 8, 'a loopback'),
  range([169, 254, 0, 0], 16, 'a link-local'),
  range([172, 16, 0, 0], 12, 'a private'),
  range([192, 0, 0, 0], 24, 'a reserved'),
  range([192, 0, 2, 0], 24, 'a documentation'),
  range([192, 88, 99, 0], 24, 'a reserved'),
  range([192, 168, 0, 0], 16, 'a private'),
  range([198, 18, 0, 0], 15, 'a benchmarking'),
  range([198, 51, 100, 0], 24, 'a documentation'),
  range([203, 0, 113, 0], 24, 'a documentation'),
  range([224, 0, 0, 0], 4, 'a multicast'),
  range([240, 0, 0, 0], 4, 'a reserved'), // includes 255.255.255.255
]

// IPv6: only global unicast 2000::/3 is public at all (checked below); these are the special ranges inside it.
const IPV6_BLOCKED_GLOBAL: Range[] = [
  range([0x20, 0x01, 0x0d, 0xb8], 32, 'a documentation'),
  range([0x20, 0x01, 0x00, 0x00], 23, 'a reserved'), // IETF protocol assignments: Teredo, ORCHID, benchmarking
  range([0x3f, 0xff, 0x00, 0x00], 20, 'a documentation'),
]

/** Why an address must not be fetched ("a private", "a loopback", ...), or null when it is public. */
function addressProblem(ip: string): string | null {
  const bare = ip.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '') // zone ids ("fe80::1%eth0") do not change the range
  switch (net.isIP(bare)) {
    case 4:
      return ipv4Problem(ipv4Bytes(bare))
    case 6:
      return ipv6Problem(ipv6Bytes(bare))
    default:
      return 'not an IP'
  }
}

function ipv4Problem(bytes: number[]): string | null {
  return IPV4_BLOCKED.find((r) => inRange(bytes, r))?.kind ?? null
}

function ipv6Problem(bytes: number[]): string | null {
  const startsWith = (prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0)
  if (zeros(0, 16)) return 'an unspecified'
  if (zeros(0, 15) && bytes[15] === 1) return 'a loopback'
  // Addresses that carry an IPv4 address are as public as that address: IPv4-mapped ::ffff:a.b.c.d, the NAT64
  // well-known prefix 64:ff9b::/96 (what DNS64 returns on IPv6-only networks) and 6to4 2002:aabb:ccdd::/16.
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return ipv4Problem(bytes.slice(12))
  if (startsWith([0, 0x64, 0xff, 0x9b]) && zeros(4, 12)) return ipv4Problem(bytes.slice(12))
  if (startsWith([0x20, 0x02])) return ipv4Problem(bytes.slice(2, 6))
  if ((bytes[0] & 0xe0) !== 0x20) {
    // Outside 2000::/3: unique-local fc00::/7, link-local fe80::/10, multicast ff00::/8, IPv4-compatible ::/96 ...
    if ((bytes[0] & 0xfe) === 0xfc) return 'a unique-local'
    if (bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80) return 'a link-local'
    if (bytes[0] === 0xff) return 'a multicast'
    return 'a reserved'
  }
  return IPV6_BLOCKED_GLOBAL.find((r) => inRange(bytes, r))?.kind ?? null
}

function inRange(bytes: number[], { bytes: base, prefix }: Range): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const width = Math.min(8, prefix - bit)
    const mask = (0xff << (8 - width)) & 0xff
    if ((bytes[bit / 8] & mask) !== (base[bit / 8] & mask)) return false
  }
  return true
}

/** Dotted quad to 4 bytes; the input is already known to be valid (net.isIP). */
const ipv4Bytes = (ip: string) => ip.split('.').map(Number)

/** Any valid IPv6 text form ("::", "fe80::1", "::ffff:10.0.0.1") to 16 bytes. */
function ipv6Bytes(ip: string): number[] {
  let text = ip
  const tail = text.slice(text.lastIndexOf(':') + 1)
  if (tail.includes('.')) {
    // An embedded dotted quad is the last two 16-bit groups.
    const [a, b, c, d] = ipv4Bytes(tail)
    text = `${text.slice(0, text.length - tail.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, rest] = text.split('::')
  const headGroups = head ? head.split(':') : []
  const restGroups = rest ? rest.split(':') : []
  const missing = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...restGroups].map((g) => parseInt(g, 16))
  return groups.flatMap((g) => [g >> 8, g & 0xff])
}

// ---------------------------------------------------------------------------------------------------------------
// The request

/** One GET over a connection to the checked addresses only; resolves with the response head. */
function request(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = bareHost(url)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request({
      protocol: url.protocol,
      host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: REQUEST_HEADERS,
      lookup: pinnedLookup(addresses),
      // TLS still verifies the certificate against the host name, not the pinned address.
      servername: net.isIP(host) ? undefined : host,
      // No pooling: a pooled socket could have been opened to another address for the same host name.
      agent: false,
      signal,
    })
    req.once('response', resolve)
    // `on`, not `once`: a later error (the socket torn down by a timeout) must not go unhandled.
    req.on('error', reject)
    req.end()
  })
}

/**
 * A `lookup` that answers with the already-checked addresses instead of asking DNS again. Honours `all`, which Node's
 * happy-eyeballs connect (autoSelectFamily) uses to try IPv6 and IPv4 in turn.
 */
function pinnedLookup(addresses: ResolvedAddress[]): net.LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family
    const usable = family ? addresses.filter((a) => a.family === family) : addresses
    if (usable.length === 0) {
      callback(Object.assign(new Error('No address of the requested family'), { code: 'ENOTFOUND' }), '', 0)
    } else if (options.all) {
      callback(null, usable)
    } else {
      callback(null, usable[0].address, usable[0].family)
    }
  }
}

/** The body without any content coding; servers are asked for identity, but some compress regardless. */
function decoded(response: http.IncomingMessage): Readable {
  const coding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? zlib.createGunzip()
      : coding === 'deflate'
        ? zlib.createInflate()
        : coding === 'br'
          ? zlib.createBrotliDecompress()
          : null
  // pipeline() destroys the response when decoding fails or stops, and passes errors on to the decoder we read.
  return decoder ? pipeline(response, decoder, () => {}) : response
}

/** Reads the whole body, giving up as soon as it passes maxBytes (counted after decompression: no zip bombs). */
async function readBody(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > maxBytes) {
      body.destroy()
      throw new ArchiveFailure(`Larger than ${formatBytes(maxBytes)}`)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, total)
}

// ---------------------------------------------------------------------------------------------------------------
// Text extraction

/** HTML as its article's text (see article-text.ts), other text types as sent, '' for anything else (PDF, images): those are only hashed. */
export function extractText(body: Buffer, contentType: string, url = ''): string {
  const mime = contentType.split(';')[0].trim().toLowerCase()
  if (mime === 'text/html' || mime === 'application/xhtml+xml') {
    return archivedHtmlText(decodeBytes(body, charsetOf(contentType) ?? sniffHtmlCharset(body)), url)
  }
  if (mime.startsWith('text/') || mime === 'application/json') return decodeBytes(body, charsetOf(contentType))
  return ''
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]
}

/** Many Korean sites declare euc-kr only in a <meta> tag; browsers look in the first 1024 bytes, so do we. */
function sniffHtmlCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, 1024).toString('latin1')
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
}

/** UTF-8 unless a charset names another encoding that TextDecoder knows (euc-kr, cp949, shift_jis, ...). */
export function decodeBytes(body: Uint8Array, charset?: string): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset ?? 'utf-8')
  } catch {
    decoder = new TextDecoder('utf-8') // unknown label, or a Node built without full ICU
  }
  return decoder.decode(body)
}

/**
 * Visible text of an HTML document or fragment (its <title> first): what the page shows, read through a DOM, with
 * block elements ending lines. Kept for callers that want the whole page; archived copies store the article.
 */
export function htmlToText(html: string): string {
  return htmlToPageText(html)
}

/** The archived text of an HTML page: its title, then the article's main text (or the whole page when none is found). */
function archivedHtmlText(html: string, url: string): string {
  const { title, text } = htmlToArticleText(html, url)
  const firstLine = text.split('\n', 1)[0]
  return title && firstLine !== title ? [title, text].filter(Boolean).join('\n') : text
}

// decodeEntities is no longer used for HTML (the DOM decodes entities); it stays for callers with entity-encoded
// plain text.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  middot: '·',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
}

/** One pass, so "&amp;lt;" becomes the text "&lt;", not "<". Unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (entity, dec, hex, name) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? entity
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex, 16)
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    return valid ? String.fromCodePoint(code) : '\ufffd'
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

/** Settles like the promise, or rejects when the deadline passes (dns.lookup itself cannot be cancelled). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>
}

function networkReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ECONNREFUSED':
      return 'Connection refused'
    case 'ECONNRESET':
      return 'Connection reset'
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'Host unreachable'
    default:
      if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `TLS error (${code})`
      return code ? `Network error (${code})` : `Network error: ${(error as Error)?.message ?? String(error)}`
  }
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`
}

function formatBytes(n: number): string {
  const MB = 1024 * 1024
  if (n >= MB && n % MB === 0) return `${n / MB} MB`
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`
  return `${n} bytes`
}
