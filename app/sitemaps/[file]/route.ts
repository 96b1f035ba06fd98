// One file of the sitemap: /sitemaps/pages.xml, /sitemaps/claims-<n>.xml, /sitemaps/metrics-<n>.xml.
import { sitemapFileResponse } from '@/lib/reader/sitemap'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapFileResponse((await params).file)
}
