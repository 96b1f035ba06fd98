// The error page's words, apart from the dictionary (which includes them): the error page is a client component
// that every page ships to the browser, so it must not bring the whole dictionary along.
import type { Locale } from './locale'

export const ERROR_MESSAGES = {
  en: {
    siteName: 'Claim Tracker',
    errorHeading: 'Something went wrong',
    errorBody: 'Something went wrong on our side. Please try again in a moment.',
    tryAgain: 'Try again',
    errorSkip: 'Skip to content',
    errorLinksLabel: 'Meanwhile',
    errorLinkHome: 'All checked claims',
    errorLinkSearch: 'Search claims',
    errorLinkMethodology: 'Methodology',
  },
  ko: {
    siteName: '팩트체크',
    errorHeading: '문제가 생겼습니다',
    errorBody: '서버에서 문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.',
    tryAgain: '다시 시도',
    errorSkip: '본문으로 건너뛰기',
    errorLinksLabel: '그동안',
    errorLinkHome: '검증된 주장 목록',
    errorLinkSearch: '주장 찾기',
    errorLinkMethodology: '방법론',
  },
} satisfies Record<Locale, Record<string, string>>
