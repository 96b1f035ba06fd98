// Just enough PNG decoding for the share-card test to check the image's size and what colour it draws where:
// 8-bit RGB or RGBA, not interlaced (what next/og's resvg writes). Anything else throws, so a test cannot pass
// on an image it did not understand.
import { inflateSync } from 'node:zlib'

export interface DecodedPng {
  width: number
  height: number
  /** [r, g, b] at (x, y). */
  pixel(x: number, y: number): [number, number, number]
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from the IHDR chunk: big-endian uint32 at bytes 16–19 and 20–23. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

export function decodePng(bytes: Buffer): DecodedPng {
  const { width, height } = pngSize(bytes)
  const bitDepth = bytes[24]
  const colourType = bytes[25]
  const interlace = bytes[28]
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`)
  }
  const channels = colourType === 6 ? 4 : 3
  const idat: Buffer[] = []
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    if (type === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length))
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0
      let predictor: number
      switch (filter) {
        case 0: predictor = 0; break
        case 1: predictor = a; break
        case 2: predictor = b; break
        case 3: predictor = (a + b) >> 1; break
        case 4: {
          const p = a + b - c
          const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c)
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
          break
        }
        default: throw new Error(`bad PNG filter ${filter}`)
      }
      pixels[y * stride + x] = (line[x] + predictor) & 0xff
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = y * stride + x * channels
      return [pixels[at], pixels[at + 1], pixels[at + 2]]
    },
  }
}
