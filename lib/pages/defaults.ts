// The text a public page shows until an admin edits it, and what the demo load stores. Markdown, Korean first with
// the English after each section, like the rest of the public site.

export interface DefaultPage {
  title: string
  body: string
}

export const METHODOLOGY_SLUG = 'methodology'
export const ABOUT_SLUG = 'about'

/** The pages an admin may edit. New editable pages are added here, with their default text. */
export const EDITABLE_PAGES = [METHODOLOGY_SLUG, ABOUT_SLUG] as const
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

// Who runs the site, who pays for it, what keeps the desk independent and how to reach it: what the IFCN code asks a
// fact-checker to publish. The demo's newsroom and address are placeholders an admin replaces.
const about: DefaultPage = {
  title: '소개 · About us',
  body: `## 누가 운영하나요

이 사이트는 공공의 논의에 나온 사실 주장을 검증하는 편집국이 운영합니다. 편집자는 주장을 기록하고 출처와 근거를 모으며, 검토자는 판정을 검토해 공개합니다. 지금 보이는 내용은 시연용 예시이며, 관리자가 이 페이지에서 실제 조직 정보로 바꿉니다.

*Who we are.* This site is run by a newsroom that checks claims of fact made in public debate. Editors log claims and gather the sources and evidence; reviewers review verdicts and publish them. What you see now is demonstration text, which an administrator replaces with the real organisation's details on this page.

## 재정

운영비의 출처를 모두 공개합니다. 검증 대상이 될 수 있는 정당, 정부 기관, 기업에서 받은 돈이 있다면 그 이름과 금액을 이곳에 밝힙니다. 후원자는 어떤 주장을 다룰지, 판정이 무엇일지에 관여하지 않습니다.

*Funding.* We disclose every source of our funding. Any money from a party, a government body or a company whose claims we might check is named here, with the amount. Funders have no say in which claims we check or in what we conclude.

## 편집 독립성

판정은 편집국이 방법론에 따라 내립니다. 두 사람 규칙에 따라 초안을 쓴 사람이 아닌 검토자가 판정을 공개하며, 모든 판정과 정정 기록은 공개됩니다. 어느 정당이나 후보도 지지하지 않으며, 편집국 구성원은 검증하는 주장과 이해관계가 있으면 그 검증에서 빠집니다.

*Editorial independence.* Verdicts are the newsroom's own, reached by the published methodology. Under the two-person rule a reviewer other than the author publishes each verdict, and every verdict and every correction is public. We endorse no party or candidate, and a member of the newsroom with a stake in a claim stays out of checking it.

## 연락처

판정에 잘못이 있거나 검증할 주장을 알려 주시려면 편집국 이메일 desk@example.org 로 연락해 주세요. 정정 요청은 모두 읽고, 고친 내용은 정정 기록에 남깁니다.

*Contact.* To report an error in a verdict or to suggest a claim to check, write to the newsroom at desk@example.org. We read every correction request, and what we correct is recorded on the corrections page.`,
}

export const DEFAULT_PAGES: Record<EditablePageSlug, DefaultPage> = { methodology, about }
