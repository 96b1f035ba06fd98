// The corrections log as RSS 2.0 and Atom (/corrections/feed.xml, /corrections/atom.xml), built with the site's
// feed documents (lib/reader/feeds.ts). Bilingual, Korean first, like the verdict feeds. An item's id names the
// claim and the revision (or the withdrawal, or the claim edit), so it never changes; its link is the claim page's notice.
import { atomDocument, rssDocument, SITE_TITLE, tagUri, type FeedChannel, type FeedItem } from '../reader/feeds'
import { absoluteUrl } from '../reader/urls'
import type { Correction } from './queries'

export const CORRECTIONS_RSS_PATH = '/corrections/feed.xml'
export const CORRECTIONS_ATOM_PATH = '/corrections/atom.xml'

const KIND: Record<Correction['kind'], { ko: string; en: string; term: string }> = {
  ratingChange: { ko: '판정 변경', en: 'Rating changed', term: 'rating-change' },
  note: { ko: '정정', en: 'Correction', term: 'correction' },
  withdrawal: { ko: '판정 철회', en: 'Verdict withdrawn', term: 'withdrawal' },
  claimCorrection: { ko: '주장 정정', en: 'Claim corrected', term: 'claim-correction' },
}

const both = (rating: { labelKo: string; labelEn: string }) => `${rating.labelKo} (${rating.labelEn})`

function channel(selfUrl: string): FeedChannel {
  return {
    title: `${SITE_TITLE} — 정정 기록 · Corrections`,
    description: '판정 변경, 정정, 철회 · Rating changes, corrections and withdrawals',
    alternateUrl: absoluteUrl('/corrections'),
    selfUrl,
    id: tagUri('corrections'),
  }
}

function item(correction: Correction): FeedItem {
  const kind = KIND[correction.kind]
  const lines: string[] = []
  if (correction.translation) lines.push(correction.translation)
  if (correction.kind === 'ratingChange' && correction.previousRating) {
    lines.push(`판정 Verdict: ${both(correction.previousRating)} → ${both(correction.rating)}`)
  } else if (correction.kind === 'withdrawal') {
    lines.push(`철회된 판정 Withdrawn verdict: ${both(correction.rating)}`)
  } else {
    lines.push(`판정 Verdict: ${both(correction.rating)}`)
  }
  const noteLabel = { withdrawal: '철회 이유 Reason', claimCorrection: '정정 사유 Correction note' }[correction.kind as string] ?? '변경 사유 Change note'
  if (correction.note) lines.push(`${noteLabel}: ${correction.note}`)
  const which =
    correction.kind === 'withdrawal'
      ? 'withdrawal'
      : correction.kind === 'claimCorrection'
        ? `claim-edit/${correction.key.slice('claimEdit:'.length)}`
        : `revision/${correction.revision}`
  return {
    id: tagUri(`correction/${correction.shortId}/${which}`),
    title: `[${kind.ko} · ${kind.en}] ${correction.text}`,
    link: absoluteUrl(correction.path),
    date: correction.at,
    description: lines.join('\n\n'),
    categories: [{ term: kind.term, label: `${kind.ko} ${kind.en}` }],
  }
}

export const buildCorrectionsRss = (corrections: Correction[]) => rssDocument(channel(absoluteUrl(CORRECTIONS_RSS_PATH)), corrections.map(item))
export const buildCorrectionsAtom = (corrections: Correction[]) => atomDocument(channel(absoluteUrl(CORRECTIONS_ATOM_PATH)), corrections.map(item))
