// The text a public page shows until an admin edits it, and what the demo load stores. Markdown, Korean first with
// the English after each section, like the rest of the public site.

export interface DefaultPage {
  title: string
  body: string
}

export const METHODOLOGY_SLUG = 'methodology'

/** The pages an admin may edit. New editable pages are added here, with their default text. */
export const EDITABLE_PAGES = [METHODOLOGY_SLUG] as const
export type EditablePageSlug = (typeof EDITABLE_PAGES)[number]

const methodology: DefaultPage = {
  title: '검증 방법 · Methodology',
  body: `## 주장을 고르는 방법

공공의 논의에 영향을 주는 사실 주장 가운데 근거로 확인할 수 있는 것을 고릅니다. 의견이나 예측은 다루지 않습니다. 숫자가 담긴 주장은 값과 함께 그 숫자가 가리키는 기간(한 해, 누적 등)과 무엇을 셌는지(정의)를 적어, 서로 다른 기간이나 정의의 숫자를 모순으로 오해하지 않게 합니다.

*How claims are chosen.* We pick checkable statements of fact that shape public debate; opinions and predictions are out of scope. A numeric claim is recorded with its window (one year, cumulative, …) and its definition of what was counted, so that figures for different windows or definitions are not mistaken for a contradiction.

## 판정을 검토하는 방법

편집자가 주장이 처음 나온 곳과 원자료, 반박 자료(정부의 공식 해명 포함)를 모아 판정 초안을 씁니다. 초안은 검토자가 읽고 공개합니다. 두 사람 규칙에 따라 초안을 쓴 사람은 자기 초안을 공개할 수 없습니다. 모든 판정은 아래 척도의 등급 하나와 그 이유를 담습니다.

*How verdicts are reviewed.* An editor gathers where the claim appeared, the primary sources and any rebuttal (official responses included) and drafts a verdict. A reviewer reads the draft and publishes it. Under the two-person rule, nobody publishes their own draft. Every verdict gives one rating from the scale below and the reasons for it.

## 정정 원칙

새 자료가 나오거나 잘못이 확인되면 판정을 고치고, 판정 페이지의 정정 기록에 무엇을 언제 왜 바꿨는지 남깁니다. 이전 판정은 지우지 않습니다. 정정이 필요해 보이는 내용은 편집국에 알려 주세요.

*Corrections policy.* When new material appears or an error is found, we revise the verdict and record on its page what changed, when and why. Earlier versions are never erased. Please tell the newsroom about anything that looks wrong.`,
}

export const DEFAULT_PAGES: Record<EditablePageSlug, DefaultPage> = { methodology }
