import { describe, expect, it } from 'vitest'
import { DICTIONARIES, t } from '../../lib/i18n/dictionary'
import { formatDate } from '../../lib/i18n/format'
import { LOCALES, parseLocale } from '../../lib/i18n/locale'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('reader dictionary', () => {
  it('has the same keys in every language, none empty', () => {
    const keys = Object.keys(DICTIONARIES.en).sort()
    for (const locale of LOCALES) {
      expect(Object.keys(DICTIONARIES[locale]).sort(), locale).toEqual(keys)
      for (const key of keys) expect(DICTIONARIES[locale][key as keyof typeof DICTIONARIES.en].trim(), `${locale}.${key}`).not.toBe('')
    }
  })
  it('keeps the Korean texts the site and its tests are known by', () => {
    expect(DICTIONARIES.ko.homeHeading).toBe('검증된 주장')
    expect(DICTIONARIES.ko.sourcesHeading).toBe('출처와 근거')
    expect(DICTIONARIES.ko.notFoundHeading).toBe('페이지를 찾을 수 없습니다')
    expect(DICTIONARIES.ko.skipToContent).toMatch(/본문으로 건너뛰기/)
  })
  it('names the other language in that language', () => {
    expect(DICTIONARIES.ko.switchTo).toBe('English')
    expect(DICTIONARIES.en.switchTo).toBe('한국어')
  })
  it('fills placeholders', () => {
    expect(t('en', 'resultCountMany', { n: 2 })).toBe('2 results')
    expect(t('en', 'resultCountOne', { n: 1 })).toBe('1 result')
    expect(t('ko', 'resultCountMany', { n: 2 })).toBe('2건')
  })
})

describe('locale-aware dates', () => {
  it('writes Korean dates as 2024년 4월 15일', () => {
    expect(formatDate(d('2024-04-15'), 'ko')).toBe('2024년 4월 15일')
  })
  it('writes English dates as 15 April 2024', () => {
    expect(formatDate(d('2024-04-15'), 'en')).toBe('15 April 2024')
  })
  it('keeps the UTC day whatever the server time zone', () => {
    expect(formatDate(new Date('2024-04-15T23:30:00Z'), 'en')).toBe('15 April 2024')
    expect(formatDate(new Date('2024-04-15T00:00:00Z'), 'ko')).toBe('2024년 4월 15일')
  })
  it('follows the precision and marks approximate dates', () => {
    expect(formatDate(d('2024-04-01'), 'en', 'MONTH')).toBe('April 2024')
    expect(formatDate(d('2024-04-01'), 'ko', 'MONTH')).toBe('2024년 4월')
    expect(formatDate(d('2024-01-01'), 'en', 'YEAR')).toBe('2024')
    expect(formatDate(d('2024-01-01'), 'ko', 'YEAR')).toBe('2024년')
    expect(formatDate(d('2024-04-15'), 'en', 'DAY', true)).toBe('c. 15 April 2024')
    expect(formatDate(d('2024-04-15'), 'ko', 'DAY', true)).toBe('약 2024년 4월 15일')
  })
})

describe('locale cookie', () => {
  it('accepts ko and en, and falls back to Korean', () => {
    expect(parseLocale('en')).toBe('en')
    expect(parseLocale('ko')).toBe('ko')
    expect(parseLocale(undefined)).toBe('ko')
    expect(parseLocale('fr')).toBe('ko')
    expect(parseLocale('EN')).toBe('ko')
  })
})
