// The sitemap index: one entry per file of at most 50,000 URLs (lib/reader/sitemap.ts).
import { sitemapIndexResponse } from '@/lib/reader/sitemap'

export const dynamic = 'force-dynamic'

export function GET() {
  return sitemapIndexResponse()
}
