// The share card of a claim's permalink (og:image, twitter:image): 1200×630 PNG with the claim, the verdict's
// label and colour, the date and the site name. The URL carries the revision (lib/claims/permalink.ts,
// shareCardToken), so each one can be cached forever while a new verdict always gets a new URL: platforms cache
// images by URL for weeks, and must never show a verdict that has since been corrected or withdrawn.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { isShortId, shareCardPath, shareCardToken } from '@/lib/claims/permalink'
import { getPublishedClaim } from '@/lib/claims/queries'
import { formatDate } from '@/lib/format'
import { SHARED_CACHE_CONTROL } from '@/lib/reader/page-cache'
import { SITE_NAME } from '@/lib/site'

export const dynamic = 'force-dynamic'

const WIDTH = 1200
const HEIGHT = 630

// next/og's bundled font has no Hangul. Noto Sans KR ships as TTF in an npm package (satori reads TTF/OTF/WOFF,
// not WOFF2). Read once per process on first use; the array is kept too, since satori caches parsed fonts by the
// identity of this array and parsing 6 MB fonts on every request would be slow.
const FONT_DIR = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-kr')
type Fonts = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']
let fonts: Promise<Fonts> | null = null
function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, '400Regular/NotoSansKR_400Regular.ttf')),
    readFile(path.join(FONT_DIR, '700Bold/NotoSansKR_700Bold.ttf')),
  ]).then(([regular, bold]) => [
    { name: 'Noto Sans KR', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans KR', data: bold, weight: 700 as const, style: 'normal' as const },
  ])
  // A failed read (package missing) is retried on the next request rather than cached.
  fonts.catch(() => (fonts = null))
  return fonts
}

/** Colours come from the rating scale an admin edits; anything that is not a hex colour is drawn grey. */
const safeColour = (colour: string) => (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) ? colour : '#78716c')

const graphemesOf = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment)

// satori fetches what the card's fonts lack while it renders: an emoji's image from a CDN (where the server cannot
// reach it, the whole card fails; where it can, the CDN learns what is drawn) and a font for invisible format
// characters such as bidi overrides. The card leaves both out; the permalink keeps them.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u
const FORMAT_CHARACTERS = /\p{Cf}/gu

/** Long claims are cut on a grapheme boundary so the card never ends mid-syllable. */
function clip(text: string, max: number): string {
  const clean = graphemesOf(text.replace(FORMAT_CHARACTERS, ''))
    .filter((grapheme) => !EMOJI.test(grapheme))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  const graphemes = graphemesOf(clean)
  return graphemes.length <= max ? clean : `${graphemes.slice(0, max - 1).join('').trimEnd()}…`
}

// Cards are drawn one at a time. Drawing is CPU-bound, so more at once finish no sooner, and every render in
// parallel grows the renderer's WebAssembly memory, which is never given back: the benchmark saw the server grow
// by 300 MB with ten cards drawn at once. A card is drawn once per revision anyway; caches keep it after that.
let drawing: Promise<unknown> = Promise.resolve()
function oneCardAtATime<T>(task: () => Promise<T>): Promise<T> {
  const next = drawing.then(task, task)
  drawing = next.catch(() => undefined)
  return next
}

const notFound = () =>
  new Response('찾을 수 없습니다. Not found.\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
  })

export async function GET(_request: Request, { params }: { params: Promise<{ shortId: string; revision: string }> }) {
  const { shortId, revision } = await params
  const claim = isShortId(shortId) ? await getPublishedClaim(shortId) : null
  // Unpublished claims have no card, and a merged duplicate's page redirects, so nothing links to its card.
  if (!claim || claim.duplicateOfId) return notFound()
  const { verdict } = claim

  // A past (or made-up) revision leads to the current card: a stale share never shows a stale verdict.
  if (revision !== shareCardToken(verdict)) {
    return new Response(null, {
      status: 308,
      headers: { location: shareCardPath(claim, verdict), 'cache-control': SHARED_CACHE_CONTROL },
    })
  }

  const colour = safeColour(verdict.rating.colour)
  const fontData = await loadFonts()
  const render = () => new ImageResponse(
    (
      <div
        style={{
          width: WIDTH,
          height: HEIGHT,
          display: 'flex',
          flexDirection: 'column',
          backgroundColor: '#fafaf9',
          color: '#1c1917',
          fontFamily: 'Noto Sans KR',
        }}
      >
        <div style={{ display: 'flex', height: 28, backgroundColor: colour }} />
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'space-between', padding: '40px 64px 48px' }}>
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#57534e' }}>{SITE_NAME}</div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            {/* Korean wraps between words (keep-all), not inside them as satori would by default for Hangul. */}
            <div style={{ display: 'flex', fontSize: 54, fontWeight: 700, lineHeight: 1.3, wordBreak: 'keep-all' }}>“{clip(claim.text, 70)}”</div>
            {claim.claimant ? (
              <div style={{ display: 'flex', marginTop: 16, fontSize: 30, color: '#57534e' }}>— {clip(claim.claimant.name, 40)}</div>
            ) : null}
          </div>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
            <div
              style={{
                display: 'flex',
                alignItems: 'center',
                padding: '12px 36px 12px 24px',
                borderRadius: 999,
                border: '3px solid #d6d3d1',
                backgroundColor: '#ffffff',
              }}
            >
              {/* The colour is never alone: the label names the verdict next to it. */}
              <div style={{ display: 'flex', width: 44, height: 44, borderRadius: 22, backgroundColor: colour, marginRight: 20 }} />
              <div
                style={{
                  display: 'flex',
                  fontSize: 46,
                  fontWeight: 700,
                  textDecoration: verdict.withdrawn ? 'line-through' : 'none',
                }}
              >
                {clip(verdict.rating.labelKo, 40)}
              </div>
              <div style={{ display: 'flex', marginLeft: 16, fontSize: 34, color: '#57534e' }}>{clip(verdict.rating.labelEn, 40)}</div>
              {verdict.withdrawn ? (
                <div style={{ display: 'flex', marginLeft: 24, fontSize: 34, fontWeight: 700, color: '#b91c1c' }}>철회됨 Withdrawn</div>
              ) : null}
            </div>
            <div style={{ display: 'flex', fontSize: 30, color: '#57534e' }}>{formatDate(verdict.publishedAt)}</div>
          </div>
        </div>
      </div>
    ),
    {
      width: WIDTH,
      height: HEIGHT,
      fonts: fontData,
      headers: {
        // This URL's image never changes (a new verdict gets a new URL).
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      },
    },
  )
  const image = await oneCardAtATime(async () => {
    const response = render()
    return { body: await response.arrayBuffer(), headers: response.headers }
  })
  return new Response(image.body, { headers: image.headers })
}
