// What a reader is told about a misattributed figure, in both languages: the figure as claimed, and what it
// actually counts. Pure, so each wording is a unit test.
import { withParticle } from '../quantities/josa'
import type { Bilingual } from '../quantities/types'

/**
 * "47곳은 전국 대학 수가 아니라 ○○도 한 곳의 참여 대학 수입니다." / "47 is not the number of universities
 * nationwide but the number of participating universities in one province." Without what the claim presents it
 * as: "47곳은 실제로는 ○○도 한 곳의 참여 대학 수입니다." / "47 is actually the number of …".
 */
export function misattributionSentence(figure: Bilingual, actual: Bilingual, claimedAs: Bilingual | null): Bilingual {
  const [actualKo, actualEn] = [actual.ko.trim().replace(/[.。]$/, ''), actual.en.trim().replace(/\.$/, '')]
  if (!claimedAs) {
    return { ko: `${withParticle(figure.ko, '은/는')} 실제로는 ${actualKo}입니다.`, en: `${figure.en} is actually ${actualEn}.` }
  }
  return {
    ko: `${withParticle(figure.ko, '은/는')} ${withParticle(claimedAs.ko.trim(), '이/가')} 아니라 ${actualKo}입니다.`,
    en: `${figure.en} is not ${claimedAs.en.trim()} but ${actualEn}.`,
  }
}
