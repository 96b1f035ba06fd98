// The GET handler behind /corrections/feed.xml and /corrections/atom.xml: the latest corrections, newest first.
import 'server-only'
import { feedDocumentResponse, type FeedFormat } from '../reader/feed-route'
import { FEED_SIZE } from '../reader/feeds'
import { buildCorrectionsAtom, buildCorrectionsRss } from './feeds'
import { listCorrections } from './queries'

export async function correctionsFeedResponse(format: FeedFormat): Promise<Response> {
  const { items } = await listCorrections(null, FEED_SIZE)
  return feedDocumentResponse(format === 'rss' ? buildCorrectionsRss(items) : buildCorrectionsAtom(items), format)
}
