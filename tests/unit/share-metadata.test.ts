import { afterEach, describe, expect, it } from 'vitest'
import { notFoundMetadata, readerMetadata } from '../../lib/reader/share-metadata'

const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, TWITTER_SITE: process.env.TWITTER_SITE }
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const page = { locale: 'en' as const, title: 'Methodology', description: 'How claims are checked.', path: '/methodology' }

describe('readerMetadata', () => {
  it('gives the absolute canonical URL as canonical and og:url, and the site card by default', () => {
    process.env.NEXTAUTH_URL = 'https://factcheck.example/'
    const metadata = readerMetadata(page)
    expect(metadata.alternates).toEqual({ canonical: 'https://factcheck.example/methodology' })
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: 'https://factcheck.example/methodology',
      title: 'Methodology',
      description: 'How claims are checked.',
      siteName: '팩트체크 Claim Tracker',
      images: [{ url: 'https://factcheck.example/share-card.png', width: 1200, height: 630, alt: expect.stringContaining('Claim Tracker') }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Methodology', images: [expect.objectContaining({ url: 'https://factcheck.example/share-card.png' })] })
  })

  it('names the locale of the reader’s language, the other one as the alternate', () => {
    expect(readerMetadata({ ...page, locale: 'ko' }).openGraph).toMatchObject({ locale: 'ko_KR', alternateLocale: ['en_GB'] })
    expect(readerMetadata(page).openGraph).toMatchObject({ locale: 'en_GB', alternateLocale: ['ko_KR'] })
  })

  it('adds twitter:site only when TWITTER_SITE is set', () => {
    delete process.env.TWITTER_SITE
    expect(readerMetadata(page).twitter).not.toHaveProperty('site')
    process.env.TWITTER_SITE = 'factcheck_kr'
    expect(readerMetadata(page).twitter).toMatchObject({ site: '@factcheck_kr' })
  })

  it('gives a 404 the share tags but no canonical and no og:url', () => {
    const metadata = notFoundMetadata('ko')
    expect(metadata).not.toHaveProperty('alternates')
    expect(metadata.openGraph).not.toHaveProperty('url')
    expect(metadata.openGraph).toMatchObject({ locale: 'ko_KR', title: '페이지를 찾을 수 없습니다' })
  })
})
