// fetchForArchive against a local HTTP server on 127.0.0.1. The server's address is private, so tests that expect a
// successful fetch name it in allowHosts; the ones without it check that it is refused. No database is used.
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { decodeEntities, fetchForArchive, htmlToText, isPublicAddress } from '../../lib/sources/archive'

const PAGE_HTML =
  '<!doctype html><html><head><title>Budget &amp; tax</title><style>body { color: red }</style>' +
  '<script>var s = "<p>not text</p>"; alert(1)</script></head>' +
  '<body><p>Growth was &quot;2.1%&quot; &lt;official&gt;&nbsp;figure</p>\n' +
  '<noscript>Enable JavaScript</noscript><p>It&#39;s &#54620;&#xAD6D; data</p></body></html>'
const PAGE_BYTES = Buffer.from(PAGE_HTML, 'utf8')
const EUC_KR_HANGUK = Buffer.from([0xc7, 0xd1, 0xb1, 0xb9]) // '한국' in EUC-KR
const PDF_BYTES = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\nbinary body', 'latin1')

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

let server: http.Server
let base: string
const requested: string[] = []
const hostHeaders: string[] = []

function route(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '/'
  requested.push(url)
  hostHeaders.push(req.headers.host ?? '')
  const loop = /^\/loop\/(\d+)$/.exec(url)
  if (loop) return res.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` }).end()
  switch (url) {
    case '/page':
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_BYTES)
    case '/redirect-to-page':
      return res.writeHead(301, { location: '/page' }).end('moved')
    case '/missing':
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    case '/to-private':
      return res.writeHead(302, { location: 'http://10.1.2.3/' }).end()
    case '/to-ftp':
      return res.writeHead(302, { location: 'ftp://example.com/file' }).end()
    case '/hang-head':
      return // never answers
    case '/hang-body':
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.write('<p>first part, the rest never comes') // never ends
    case '/big':
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.alloc(5000, 'a'))
    case '/big-chunked': {
      // No Content-Length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/plain' })
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(1000, 'b'))
      return res.end()
    }
    case '/euc-kr':
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=euc-kr' })
        .end(Buffer.concat([Buffer.from('<p>'), EUC_KR_HANGUK, Buffer.from('</p>')]))
    case '/euc-kr-meta':
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(Buffer.concat([Buffer.from('<head><meta charset="euc-kr"></head><p>'), EUC_KR_HANGUK, Buffer.from('</p>')]))
    case '/unknown-charset':
      return res.writeHead(200, { 'content-type': 'text/plain; charset=x-no-such-charset' }).end('한국 plain')
    case '/plain':
      return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('  line one\n\tline  two  ')
    case '/pdf':
      return res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF_BYTES)
    case '/gzip':
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
        .end(gzipSync(PAGE_BYTES))
    default:
      return res.writeHead(404).end()
  }
}

beforeAll(async () => {
  server = http.createServer(route)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections() // the hanging routes keep theirs open
  await new Promise((resolve) => server.close(resolve))
})

afterEach(() => {
  vi.restoreAllMocks()
  requested.length = 0
  hostHeaders.length = 0
})

const local = { allowHosts: ['127.0.0.1'] }

describe('fetchForArchive on an allowed host', () => {
  it('follows a redirect and archives clean text, the hash of the bytes and the final URL', async () => {
    const result = await fetchForArchive(`${base}/redirect-to-page`, local)
    expect(result).toMatchObject({
      ok: true,
      finalUrl: `${base}/page`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      bytes: PAGE_BYTES.length,
      sha256: sha256(PAGE_BYTES),
    })
    if (!result.ok) return
    expect(result.text).toBe('Budget & tax\nGrowth was "2.1%" <official> figure\nIt\'s 한국 data')
    expect(result.text).not.toMatch(/alert|color|not text|Enable JavaScript/)
    expect(result.fetchedAt).toBeInstanceOf(Date)
    expect(requested).toEqual(['/redirect-to-page', '/page'])
  })

  it('gives up on a redirect chain longer than maxRedirects', async () => {
    const result = await fetchForArchive(`${base}/loop/0`, { ...local, maxRedirects: 3 })
    expect(result).toMatchObject({ ok: false, reason: 'Too many redirects' })
    expect(requested).toEqual(['/loop/0', '/loop/1', '/loop/2', '/loop/3'])
  })

  it('follows up to five redirects by default', async () => {
    const result = await fetchForArchive(`${base}/loop/0`, local)
    expect(result).toMatchObject({ ok: false, reason: 'Too many redirects' })
    expect(requested).toHaveLength(6)
  })

  it('times out on a server that never answers', async () => {
    const result = await fetchForArchive(`${base}/hang-head`, { ...local, timeoutMs: 300 })
    expect(result).toMatchObject({ ok: false, reason: 'Timed out after 300 ms' })
  })

  it('times out on a body that never ends', async () => {
    const result = await fetchForArchive(`${base}/hang-body`, { ...local, timeoutMs: 300 })
    expect(result).toMatchObject({ ok: false, reason: 'Timed out after 300 ms' })
  })

  it('refuses a body larger than maxBytes, declared or streamed', async () => {
    for (const path of ['/big', '/big-chunked']) {
      const result = await fetchForArchive(`${base}${path}`, { ...local, maxBytes: 1000 })
      expect(result, path).toMatchObject({ ok: false, reason: 'Larger than 1000 bytes' })
    }
    expect(await fetchForArchive(`${base}/big`, { ...local, maxBytes: 5000 })).toMatchObject({ ok: true, bytes: 5000 })
  })

  it('reports a non-2xx status', async () => {
    expect(await fetchForArchive(`${base}/missing`, local)).toMatchObject({ ok: false, reason: 'HTTP 404' })
  })

  it('refuses a redirect to a private address that is not allowed, without following it', async () => {
    const result = await fetchForArchive(`${base}/to-private`, local)
    expect(result).toMatchObject({ ok: false, reason: 'Refused: 10.1.2.3 is a private address' })
  })

  it('refuses a redirect to another scheme', async () => {
    expect(await fetchForArchive(`${base}/to-ftp`, local)).toMatchObject({ ok: false, reason: 'Not an http(s) URL' })
  })

  it('decodes EUC-KR declared in the Content-Type or only in a meta tag', async () => {
    for (const path of ['/euc-kr', '/euc-kr-meta']) {
      const result = await fetchForArchive(`${base}${path}`, local)
      expect(result, path).toMatchObject({ ok: true, text: '한국' })
    }
  })

  it('falls back to UTF-8 for a charset TextDecoder does not know', async () => {
    expect(await fetchForArchive(`${base}/unknown-charset`, local)).toMatchObject({ ok: true, text: '한국 plain' })
  })

  it('keeps plain text as sent', async () => {
    expect(await fetchForArchive(`${base}/plain`, local)).toMatchObject({ ok: true, text: '  line one\n\tline  two  ' })
  })

  it('stores no text for a PDF but still hashes its bytes', async () => {
    const result = await fetchForArchive(`${base}/pdf`, local)
    expect(result).toMatchObject({
      ok: true,
      contentType: 'application/pdf',
      text: '',
      sha256: sha256(PDF_BYTES),
      bytes: PDF_BYTES.length,
    })
  })

  it('decodes a gzip body that was sent although identity was asked for', async () => {
    const result = await fetchForArchive(`${base}/gzip`, local)
    expect(result).toMatchObject({ ok: true, sha256: sha256(PAGE_BYTES), bytes: PAGE_BYTES.length })
  })

  it('connects to the address it checked, sending the original host name', async () => {
    const port = (server.address() as AddressInfo).port
    // Also shows that spying on http.request sees the archiver's requests, which the refusal tests rely on.
    const request = vi.spyOn(http, 'request')
    const lookup = vi.fn(async () => [{ address: '127.0.0.1', family: 4 }])
    // "archive.test" does not resolve anywhere: this only works if the connection uses the looked-up address.
    const result = await fetchForArchive(`http://archive.test:${port}/page`, { allowHosts: ['archive.test'], lookup })
    expect(result).toMatchObject({ ok: true, finalUrl: `http://archive.test:${port}/page` })
    expect(lookup).toHaveBeenCalledTimes(1)
    expect(hostHeaders).toEqual([`archive.test:${port}`])
    expect(request).toHaveBeenCalledTimes(1)
  })
})

describe('fetchForArchive refusals', () => {
  it('refuses the local server when it is not allowed, before sending anything', async () => {
    const result = await fetchForArchive(`${base}/page`)
    expect(result).toMatchObject({ ok: false, reason: 'Refused: 127.0.0.1 is a loopback address' })
    expect(requested).toEqual([])
  })

  it('refuses private, loopback and link-local literals without any network call', async () => {
    const request = vi.spyOn(http, 'request')
    const lookup = vi.fn(async () => [{ address: '93.184.216.34', family: 4 }])
    const cases: [string, string][] = [
      ['http://10.0.0.1/', 'Refused: 10.0.0.1 is a private address'],
      ['http://[::1]/', 'Refused: ::1 is a loopback address'],
      ['http://169.254.169.254/latest/meta-data/', 'Refused: 169.254.169.254 is a link-local address'],
      ['http://2130706433/', 'Refused: 127.0.0.1 is a loopback address'], // 127.0.0.1 as one number
      ['http://0x7f.1/', 'Refused: 127.0.0.1 is a loopback address'],
      ['http://[::ffff:10.0.0.1]/', 'Refused: ::ffff:a00:1 is a private address'],
      ['http://0.0.0.0:8080/', 'Refused: 0.0.0.0 is an unspecified ("this network") address'],
      ['http://100.100.100.200/', 'Refused: 100.100.100.200 is a shared (CGNAT) address'],
      ['http://[fd00::1]/', 'Refused: fd00::1 is a unique-local address'],
    ]
    for (const [url, reason] of cases) {
      expect(await fetchForArchive(url, { lookup }), url).toMatchObject({ ok: false, reason })
    }
    expect(request).not.toHaveBeenCalled()
    expect(lookup).not.toHaveBeenCalled()
  })

  it('refuses a host name when any of its addresses is private', async () => {
    const request = vi.spyOn(http, 'request')
    const lookup = vi.fn(async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ])
    const result = await fetchForArchive('http://mixed.example/', { lookup })
    expect(result).toMatchObject({ ok: false, reason: 'Refused: mixed.example resolves to 10.0.0.5, a private address' })
    expect(lookup).toHaveBeenCalledWith('mixed.example')
    expect(request).not.toHaveBeenCalled()
  })

  it('refuses a host name that resolves to an IPv4-mapped private address', async () => {
    const lookup = async () => [{ address: '::ffff:192.168.0.1', family: 6 }]
    expect(await fetchForArchive('https://sneaky.example/', { lookup })).toMatchObject({
      ok: false,
      reason: 'Refused: sneaky.example resolves to ::ffff:192.168.0.1, a private address',
    })
  })

  it('refuses localhost through the real resolver', async () => {
    const result = await fetchForArchive('http://localhost/')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^Refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/)
  })

  it('reports a failed DNS lookup', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
    }
    expect(await fetchForArchive('https://no-such-host.example/', { lookup })).toMatchObject({
      ok: false,
      reason: 'DNS lookup failed',
    })
    expect(await fetchForArchive('https://empty.example/', { lookup: async () => [] })).toMatchObject({
      ok: false,
      reason: 'DNS lookup failed',
    })
  })

  it('times out on a DNS lookup that never answers', async () => {
    const lookup = () => new Promise<never>(() => {})
    expect(await fetchForArchive('https://slow-dns.example/', { lookup, timeoutMs: 200 })).toMatchObject({
      ok: false,
      reason: 'Timed out after 200 ms',
    })
  })

  it('refuses anything but http(s) without throwing', async () => {
    for (const url of ['ftp://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', '']) {
      expect(await fetchForArchive(url), url).toMatchObject({ ok: false, reason: 'Not an http(s) URL' })
    }
  })
})

describe('isPublicAddress', () => {
  it('accepts public IPv4 and IPv6 addresses', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '211.234.100.1', '100.63.255.255', '100.128.0.0',
      '172.15.255.255', '172.32.0.0', '192.167.255.255', '2606:4700:4700::1111', '2001:4860:4860::8888',
      '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1']) {
      expect(isPublicAddress(ip), ip).toBe(true)
    }
  })

  it('refuses special-purpose IPv4 ranges, including their edges', () => {
    for (const ip of ['0.0.0.0', '0.255.255.255', '10.0.0.0', '10.255.255.255', '100.64.0.0', '100.127.255.255',
      '127.0.0.1', '127.255.255.254', '169.254.0.1', '169.254.169.254', '172.16.0.0', '172.31.255.255',
      '192.0.0.8', '192.0.2.1', '192.168.0.1', '192.168.255.255', '198.18.0.1', '198.19.255.255', '198.51.100.7',
      '203.0.113.9', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255']) {
      expect(isPublicAddress(ip), ip).toBe(false)
    }
  })

  it('refuses special-purpose IPv6 ranges and IPv4 embedded in IPv6', () => {
    for (const ip of ['::', '::1', '0:0:0:0:0:0:0:1', '[::1]', 'fe80::1', 'fe80::1%eth0', 'febf::1', 'fc00::1',
      'fd12:3456::1', 'ff02::1', 'ff0e::1', 'fec0::1', '2001:db8::1', '2001::1', '3fff::1', '::ffff:127.0.0.1',
      '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:100.64.0.1', '::10.0.0.1',
      '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:a00:1::1', '2002:c0a8:101::', '100::1']) {
      expect(isPublicAddress(ip), ip).toBe(false)
    }
  })

  it('refuses what is not an IP address', () => {
    for (const text of ['', 'localhost', 'example.com', '999.1.1.1', '1.2.3', '::g']) {
      expect(isPublicAddress(text), text).toBe(false)
    }
  })
})

describe('text extraction', () => {
  it('decodes entities once, numeric ones included', () => {
    expect(decodeEntities('&amp;lt; &#65;&#x42;&#X43; &quot;&#39;&apos; &bogus; &#0; &#xD800;')).toBe(
      '&lt; ABC "\'\' &bogus; \ufffd \ufffd',
    )
  })

  it('keeps block elements apart and inline elements together', () => {
    expect(htmlToText('<ul><li>one</li><li>t<b>w</b>o</li></ul><p>a<br>b</p><!-- hidden -->')).toBe('one\ntwo\na\nb')
  })

  it('drops an unterminated script and keeps a stray "<"', () => {
    expect(htmlToText('<p>1 < 2</p><script>never closed <p>gone')).toBe('1 < 2')
  })

  it('survives ">" inside attribute values', () => {
    expect(htmlToText('<a title="a > b" href=\'x>y\'>link</a>')).toBe('link')
  })
})
