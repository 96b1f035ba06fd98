// A guess at what a figure is about: the nearest country (normalised: 한국/우리나라/국내/South Korea → 'Korea', 미국 →
// 'US', ...) or company/organisation named in its sentence. Korean marks the subject of a clause with 은/는/이/가/도,
// so the nearest such mention before the figure wins over a nearer one in the genitive ("미국은 ... 한국의 2.6배":
// US). English: the nearest mention before the figure ("China's $9.3 billion"), else the first after it.
// Government bodies that publish the figure (과기정통부, 통계청, "the ministry") are its source, not its subject, and
// are never returned.

const COUNTRIES: [RegExp, string][] = [
  [/대한민국|한국|우리나라|국내|South\s+Korea(?:n|'s)?|Republic\s+of\s+Korea|\bKorea(?:n|'s)?\b/g, 'Korea'],
  [/미국|United\s+States|\bU\.S\.|\bUS\b|\bAmerica(?:n|'s)?\b/g, 'US'],
  [/중국|\bChin(?:a|ese)(?:'s)?\b/g, 'China'],
  [/일본|\bJapan(?:ese|'s)?\b/g, 'Japan'],
  [/독일|\bGerman(?:y|'s)?\b/g, 'Germany'],
  [/영국|\bUnited\s+Kingdom\b|\bUK\b|\bBritain\b/g, 'UK'],
  [/프랑스|\bFrance\b/g, 'France'],
  [/인도(?![네양])|\bIndia(?:n|'s)?\b/g, 'India'],
  [/대만|\bTaiwan(?:ese|'s)?\b/g, 'Taiwan'],
  [/이스라엘|\bIsrael(?:i|'s)?\b/g, 'Israel'],
  [/싱가포르|\bSingapore\b/g, 'Singapore'],
  [/캐나다|\bCanada\b/g, 'Canada'],
  [/유럽연합|\bEU\b|European\s+Union/g, 'EU'],
  [/서울/g, 'Seoul'],
]

// Companies and organisations: a name with a stock code after it, a Korean name ending in a company word, or a
// run of capitalised English words ending in a company word ("SK Hynix", "Samsung Electronics Co").
const KO_COMPANY = /[가-힣A-Za-z]{1,10}(?:전자|하이닉스|반도체|텔레콤|금융지주|금융|지주|은행|증권|자동차|화학|건설|중공업|바이오|제약|에너지|전력|그룹|연구원)(?![가-힣])|(?:네이버|카카오|쿠팡|현대차|기아|포스코|셀트리온|업스테이지|리벨리온|퓨리오사AI|쎄트렉아이|엔비디아|오픈AI|구글|애플|마이크로소프트|메타|TSMC|인텔|AMD)/g
const STOCK_CODE = /\[\d{6}\]|\((?:KRX:\s*)?\d{6}(?:\.K[SQ])?\)/g
/** The name written just before a stock code: one Korean word, or up to three English words. */
const NAME_BEFORE = /(?:[가-힣A-Za-z][가-힣A-Za-z0-9&.-]*|(?:[A-Z][A-Za-z0-9&.-]*\s){0,2}[A-Z][A-Za-z0-9&.-]*)\s*$/
const EN_COMPANY = /\b(?:[A-Z][A-Za-z0-9&.-]*\s){0,2}(?:Electronics|Hynix|Motor|Group|Holdings|Bank|Telecom|Energy|Chemical|Inc|Corp|Co)\b\.?|\b(?:Samsung|Hyundai|Naver|NAVER|Kakao|LG|SK|Nvidia|NVIDIA|OpenAI|Google|Apple|Microsoft|Meta|TSMC|Intel|AMD|Alibaba|Baidu)\b/g
const SOURCE_BODY = /(?:부|처|청|위원회|진흥원|한국은행|Ministry|ministry|Office|Agency|Bank of Korea)$/

interface Mention {
  start: number
  end: number
  name: string
  marked: boolean
}

let cached: { text: string; from: number; to: number; found: Mention[] } | null = null

/** The mentions in a sentence, remembered for the last sentence asked (extract asks once per figure). */
function mentions(text: string, from: number, to: number): Mention[] {
  if (cached && cached.text === text && cached.from === from && cached.to === to) return cached.found
  const found = findMentions(text, from, to)
  cached = { text, from, to, found }
  return found
}

function findMentions(text: string, from: number, to: number): Mention[] {
  const sentence = text.slice(from, to)
  const found: Mention[] = []
  const add = (start: number, end: number, name: string) => {
    if (found.some((m) => start < m.end && end > m.start)) return
    const next = sentence.slice(end, end + 2)
    found.push({ start: from + start, end: from + end, name, marked: /^(?:은|는|이|가|도|의\s*경우|[’']s\s)/.test(next) || /^(?:은|는|이|가|도)/.test(next) })
  }
  for (const m of sentence.matchAll(STOCK_CODE)) {
    const before = NAME_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index))
    if (!before) continue
    const name = before[0].trim()
    const start = m.index - before[0].length
    add(start, start + name.length, name)
  }
  for (const pattern of [KO_COMPANY, EN_COMPANY]) {
    for (const m of sentence.matchAll(pattern)) {
      const name = m[0].trim().replace(/\.$/, '')
      if (SOURCE_BODY.test(name)) continue
      add(m.index, m.index + m[0].length, name)
    }
  }
  for (const [pattern, name] of COUNTRIES) for (const m of sentence.matchAll(pattern)) add(m.index, m.index + m[0].length, name)
  return found.sort((a, b) => a.start - b.start)
}

/** The subject guess for a figure at [start, end) in the sentence [from, to), or null when none is named. */
export function subjectFor(text: string, sentence: { start: number; end: number }, figure: { start: number; end: number }, lang: 'ko' | 'en'): string | null {
  const all = mentions(text, sentence.start, sentence.end)
  const before = all.filter((m) => m.end <= figure.start)
  const after = all.filter((m) => m.start >= figure.end)
  if (lang === 'ko') {
    const marked = before.filter((m) => m.marked).pop()
    const chosen = marked ?? before[before.length - 1] ?? after[0]
    return chosen?.name ?? null
  }
  return (before[before.length - 1] ?? after[0])?.name ?? null
}
