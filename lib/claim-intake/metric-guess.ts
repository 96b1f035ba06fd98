// A guess at the metric a figure belongs to: the desk's existing metrics whose names (Korean and English),
// description or definitions share key words with the figure's sentence. Pure, so it is unit-tested;
// lib/claim-intake/queries.ts loads the metrics.
//
// Key words are Hangul runs of two or more syllables and Latin words of two or more letters, digits left out.
// Korean glues particles to its nouns ("투자액은", "특허를"), so a Hangul key word of a metric counts when the
// sentence contains it anywhere; a Latin one counts when the sentence has that word (a final plural "s" aside).
// Words that name a country or say only "AI" or "number" tell metrics apart from nothing and are not key words.
// A metric needs two shared key words, or one of three syllables or six letters or more, to be guessed at all.

export interface MetricTerms {
  id: string
  slug: string
  nameKo: string
  nameEn: string
  description: string | null
  definitions: string[]
}

export interface MetricGuess {
  id: string
  slug: string
  nameKo: string
  nameEn: string
  /** The key words the sentence and the metric share, in the metric's order. */
  shared: string[]
  score: number
}

const STOP_WORDS = new Set([
  // Country and subject words (the subject guess covers them), and words every AI metric has.
  '한국', '한국의', '국내', '우리나라', '대한민국', '세계', '전세계', '글로벌', '미국', '중국', '일본',
  'korea', 'korean', 'south', 'republic', 'us', 'usa', 'china', 'chinese', 'japan', 'world', 'global', 'country',
  'ai', '인공지능', 'artificial', 'intelligence', 'number', 'count', 'total', 'share', 'rate',
  // Function words and words of definitions ("as used by AI Index 2024").
  'the', 'of', 'as', 'by', 'and', 'or', 'in', 'on', 'for', 'to', 'from', 'with', 'per', 'its', 'at', 'an', 'is', 'are',
  'used', 'reported', 'listed', 'list', 'all', 'year', 'years', 'accessed', 'criteria', 'index', 'itself', 'their',
  '만한', '대한', '관한', '따른', '기준', '가운데', '중', '수',
])

const HANGUL_RUN = /[\uac00-\ud7a3]{2,}/g
const LATIN_WORD = /[A-Za-z][A-Za-z-]*[A-Za-z]/g

/** Particles a metric's name may glue to a noun ("한국의 ... 수"): the noun is the key word. */
const PARTICLE = /(?:의|은|는|을|를|에서|으로)$/
const hangul = (run: string) => {
  const bare = run.replace(PARTICLE, '')
  return bare.length >= 2 ? bare : run
}

const latin = (word: string) => {
  const lower = word.toLowerCase()
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower
}

/** A metric's key words, each once, in the order its names give them. */
export function metricKeyWords(metric: Pick<MetricTerms, 'nameKo' | 'nameEn' | 'description' | 'definitions'>): string[] {
  const words: string[] = []
  const add = (word: string) => {
    if (!STOP_WORDS.has(word) && !words.includes(word)) words.push(word)
  }
  for (const text of [metric.nameKo, metric.nameEn, metric.description ?? '', ...metric.definitions]) {
    for (const [run] of text.matchAll(HANGUL_RUN)) add(hangul(run))
    for (const [word] of text.matchAll(LATIN_WORD)) add(latin(word))
  }
  return words
}

const strong = (word: string) => (/[\uac00-\ud7a3]/.test(word) ? word.length >= 3 : word.length >= 6)

export interface PreparedMetric extends MetricTerms {
  words: string[]
}

export const prepareMetrics = (metrics: readonly MetricTerms[]): PreparedMetric[] => metrics.map((m) => ({ ...m, words: metricKeyWords(m) }))

/**
 * The metrics this sentence may be about, best first (most shared key words; the names' words before the
 * definitions' break ties by order), at most `limit`.
 */
export function guessMetrics(sentence: string, metrics: readonly PreparedMetric[], limit = 3): MetricGuess[] {
  const latinWords = new Set([...sentence.matchAll(LATIN_WORD)].map(([word]) => latin(word)))
  const guesses: MetricGuess[] = []
  for (const metric of metrics) {
    const shared = metric.words.filter((word) => (/[\uac00-\ud7a3]/.test(word) ? sentence.includes(word) : latinWords.has(word)))
    if (!(shared.length >= 2 || shared.some(strong))) continue
    guesses.push({ id: metric.id, slug: metric.slug, nameKo: metric.nameKo, nameEn: metric.nameEn, shared, score: shared.length })
  }
  return guesses.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, limit)
}
