// Draws the site's icons and its default share card into public/, from public/icon.svg (written by hand) and the
// card below. Run once after changing either; the PNG and ICO files it writes are committed, so neither the build
// nor the server draws anything:
//
//   npx tsx lib/cli/draw-site-images.tsx
//
// sharp (which rasterises the SVG) comes with Next as its optional image dependency; next/og draws the card with
// the Hangul font the permalink cards use.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import sharp from 'sharp'
import { SITE_CARD } from '../reader/share-metadata'

const root = path.resolve(import.meta.dirname, '../..')
const publicDir = path.join(root, 'public')
const fontDir = path.join(root, 'node_modules/@expo-google-fonts/noto-sans-kr')

async function png(svg: Buffer, size: number, background?: string): Promise<Buffer> {
  const image = sharp(svg, { density: 72 * (size / 64) * 2 }).resize(size, size)
  return (background ? image.flatten({ background }) : image).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * An ICO file holding PNG images (allowed since Windows Vista, read by every current browser): a 6-byte header, a
 * 16-byte directory entry per image, then the images.
 */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0) // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1) // height
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map(({ data }) => data)])
}

async function shareCard(icon: Buffer): Promise<Buffer> {
  const [regular, bold] = await Promise.all([
    readFile(path.join(fontDir, '400Regular/NotoSansKR_400Regular.ttf')),
    readFile(path.join(fontDir, '700Bold/NotoSansKR_700Bold.ttf')),
  ])
  const iconUri = `data:image/png;base64,${(await png(icon, 160)).toString('base64')}`
  const response = new ImageResponse(
    (
      <div style={{ width: SITE_CARD.width, height: SITE_CARD.height, display: 'flex', flexDirection: 'column', backgroundColor: '#fafaf9', color: '#1c1917', fontFamily: 'Noto Sans KR' }}>
        <div style={{ display: 'flex', height: 28, backgroundColor: '#1c1917' }} />
        <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', padding: '0 96px' }}>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={iconUri} width={160} height={160} alt="" />
          <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 56 }}>
            <div style={{ display: 'flex', fontSize: 84, fontWeight: 700, lineHeight: 1.15 }}>팩트체크</div>
            <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, color: '#44403c', lineHeight: 1.15 }}>Claim Tracker</div>
            <div style={{ display: 'flex', marginTop: 36, fontSize: 36, color: '#57534e' }}>주장, 출처, 근거, 판정</div>
            <div style={{ display: 'flex', marginTop: 4, fontSize: 32, color: '#57534e' }}>Claims, sources, evidence and verdicts</div>
          </div>
        </div>
      </div>
    ),
    {
      width: SITE_CARD.width,
      height: SITE_CARD.height,
      fonts: [
        { name: 'Noto Sans KR', data: regular, weight: 400, style: 'normal' },
        { name: 'Noto Sans KR', data: bold, weight: 700, style: 'normal' },
      ],
    },
  )
  return Buffer.from(await response.arrayBuffer())
}

const icon = await readFile(path.join(publicDir, 'icon.svg'))
const favicon = ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(icon, size) }))))
await writeFile(path.join(publicDir, 'favicon.ico'), favicon)
// iOS puts a transparent icon on black: the touch icon gets the page's background colour behind its corners.
await writeFile(path.join(publicDir, 'apple-touch-icon.png'), await png(icon, 180, '#fafaf9'))
await writeFile(path.join(publicDir, SITE_CARD.path.slice(1)), await shareCard(icon))
console.log('Wrote public/favicon.ico, public/apple-touch-icon.png and public' + SITE_CARD.path)
