// Korean particles that depend on the last sound of the word before them (은/는, 이/가, 을/를, 와/과), for
// sentences that put formatted figures into Korean text: "4곳은", "220% 증가는", "2.5%p와".
/** [after a consonant, after a vowel, when it cannot be told] */
const PAIRS = {
  '은/는': ['은', '는', '은(는)'],
  '이/가': ['이', '가', '이(가)'],
  '을/를': ['을', '를', '을(를)'],
  '와/과': ['과', '와', '와(과)'],
} as const
export type Particle = keyof typeof PAIRS

/** Digits as read aloud in Sino-Korean: 0 영/십/백/천/만, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant. */
const DIGIT_CLOSED: Record<string, boolean> = { 0: true, 1: true, 2: false, 3: true, 4: false, 5: false, 6: true, 7: true, 8: true, 9: false }

/** Does the word end in a consonant sound (받침)? Null when it cannot be told (a Latin word). */
function closed(word: string): boolean | null {
  const text = word.replace(/[\s)\]’'"”.]+$/, '')
  const last = text[text.length - 1]
  if (last === undefined) return null
  const code = last.charCodeAt(0)
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0
  if (last === '%' || (last === 'p' && text.endsWith('%p'))) return false // 퍼센트, 퍼센트포인트
  // 10 십, 100 백, 1000 천, 10000 만: a number ending in 0 ends in a consonant whatever its size.
  if (last in DIGIT_CLOSED) return DIGIT_CLOSED[last]
  return null
}

/** The word with the particle that fits it; "은(는)" and the like when the last sound cannot be told. */
export function withParticle(word: string, particle: Particle): string {
  const c = closed(word)
  const [afterConsonant, afterVowel, unknown] = PAIRS[particle]
  if (c === null) return `${word}${unknown}`
  return `${word}${c ? afterConsonant : afterVowel}`
}
