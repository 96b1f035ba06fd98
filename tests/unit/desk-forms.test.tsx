// The desk forms built from the form parts (components/desk/form): each control keeps its name, label and ids, is
// tied to its error message, and the parts' additions (a count after the control, a control not sent with the form
// around it, a submit button with a name and value) render as the forms need.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

const action = async () => ({ status: 'idle' as const, submission: 0 })
vi.mock('@/lib/verdicts/form-actions', () => ({
  saveDraftAction: action,
  submitForReviewAction: action,
  sendBackAction: action,
  publishAction: action,
  withdrawAction: action,
  addCommentAction: action,
}))
vi.mock('@/lib/claim-intake/form-actions', () => ({ analyseIntakeAction: action, archiveUrlForIntakeAction: action, commitIntakeAction: action }))
vi.mock('@/lib/claims/form-actions', () => ({ markDuplicateAction: action, unmarkDuplicateAction: action, createClaimantAction: action, findSimilarAction: async () => [] }))
vi.mock('@/lib/users/form-actions', () => ({ changeRoleAction: action, setActiveAction: action, resetPasswordAction: action }))

const { Input, Select, Submit } = await import('@/components/desk/form')
const { VerdictEditor } = await import('@/components/desk/VerdictEditor')
const { StepForm } = await import('@/components/desk/VerdictActions')
const { IntakeStart } = await import('@/components/desk/intake/IntakeStart')
const { CandidateFields } = await import('@/components/desk/intake/CandidateFields')
const { MarkDuplicateForm } = await import('@/components/desk/claim-form/DuplicateForms')
const { UserRow } = await import('@/components/desk/UserRow')

/** The opening tag of the control named `name`. */
function control(html: string, name: string) {
  const tag = new RegExp(`<(input|select|textarea)[^>]*name="${name.replace(/\./g, '\\.')}"[^>]*>`).exec(html)
  if (!tag) throw new Error(`no control named ${name}`)
  return tag[0]
}

/** The text of the label wrapping the control named `name` (tags removed). */
function labelOf(html: string, name: string) {
  const at = html.indexOf(control(html, name))
  const start = html.lastIndexOf('<label', at)
  return html.slice(start, at).replace(/<[^>]+>/g, '')
}

const refused = (fieldErrors: Record<string, string[]>) => ({ status: 'invalid' as const, message: '고칠 곳이 있습니다.', fieldErrors, submission: 1 })

describe('form parts', () => {
  it('a control not submitted with its form has no name but keeps its error ids', () => {
    const html = renderToStaticMarkup(<Input name="newClaimantName" submitted={false} label="이름 Name" state={refused({ newClaimantName: ['이름을 쓰세요.'] })} />)
    expect(html).not.toContain('name="newClaimantName"')
    expect(html).toContain('aria-describedby="newClaimantName-error"')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('<p id="newClaimantName-error"')
  })

  it('what follows a control comes before its error, inside its label', () => {
    const html = renderToStaticMarkup(
      <Select name="kind" label="종류 Kind" state={refused({ kind: ['고르세요.'] })} after={<span id="after">after</span>}>
        <option>A</option>
      </Select>,
    )
    expect(html.indexOf('</select>')).toBeLessThan(html.indexOf('id="after"'))
    expect(html.indexOf('id="after"')).toBeLessThan(html.indexOf('id="kind-error"'))
    expect(html.indexOf('id="kind-error"')).toBeLessThan(html.indexOf('</label>'))
  })

  it('a submit button can carry a name and value and be disabled by its form', () => {
    const html = renderToStaticMarkup(
      <Submit name="origin" value="url" disabled pending="…">
        보관하고 읽기 Archive and read
      </Submit>,
    )
    expect(html).toMatch(/^<button type="submit" disabled=""[^>]*>보관하고 읽기 Archive and read<\/button>$/)
    expect(html).toContain('name="origin"')
    expect(html).toContain('value="url"')
  })
})

describe('desk forms on the parts', () => {
  it('the verdict draft keeps its fields, labels and live counts', () => {
    const html = renderToStaticMarkup(
      <VerdictEditor
        claimId="c1"
        verdict={null}
        ratings={[{ id: 'r1', labelKo: '사실', labelEn: 'True', colour: '#000', retired: false }]}
        citations={[]}
      />,
    )
    expect(labelOf(html, 'ratingId')).toContain('판정 등급 Rating')
    expect(labelOf(html, 'summary')).toContain('한 줄 요약 One-line summary')
    expect(labelOf(html, 'analysis')).toContain('분석 Analysis (Markdown; 인용은 [^키] · cite with [^KEY])')
    expect(labelOf(html, 'summaryEn')).toContain('영어 한 줄 요약 English one-line summary (translation)')
    expect(labelOf(html, 'analysisEn')).toContain('영어 분석 English analysis (translation)')
    // The summaries are described by their counts, which follow them.
    const summary = control(html, 'summary')
    const countId = /aria-describedby="([^"]+-summary-count)"/.exec(summary)![1]
    expect(html).toContain(`<span id="${countId}" aria-live="polite"`)
    expect(control(html, 'summaryEn')).toMatch(/aria-describedby="[^"]+-summaryEn-count"/)
    expect(control(html, 'ratingId')).toContain('required')
    expect(html).toContain('초안 저장 Save draft')
    expect(html).toContain('data-testid="verdict-translation"')
  })

  it('a verdict step keeps its note field, its hint and its button', () => {
    const html = renderToStaticMarkup(
      <StepForm
        action={action}
        hidden={{ verdictId: 'v1', version: '3' }}
        button="판정 철회 Withdraw verdict"
        done="철회했습니다. Withdrawn."
        tone="danger"
        text={{ name: 'reason', label: '철회 이유 (공개) Reason (public)', hint: '공개 페이지 맨 위에 보입니다.', required: true }}
      />,
    )
    expect(labelOf(html, 'reason')).toContain('철회 이유 (공개) Reason (public)')
    expect(control(html, 'reason')).toMatch(/maxLength="\d+"/)
    expect(control(html, 'reason')).toMatch(/aria-describedby="[^"]+-reason-hint [^"]+-reason-error"/)
    expect(html).toContain('공개 페이지 맨 위에 보입니다.')
    expect(html).toMatch(/<button type="submit" class="[^"]*bg-red-800[^"]*">판정 철회 Withdraw verdict<\/button>/)
    expect(control(html, 'verdictId')).toContain('type="hidden"')
  })

  it('the intake start keeps its labels, hints and three named buttons', () => {
    const html = renderToStaticMarkup(<IntakeStart sources={[{ id: 's1', title: 'T', publisher: 'P' }]} claimants={[]} initialSourceId="s1" />)
    expect(labelOf(html, 'published')).toContain('게재일 Publication date')
    expect(control(html, 'published')).toContain('aria-describedby="published-hint published-error"')
    expect(html).toContain('<span id="published-hint"')
    expect(labelOf(html, 'pasted')).toContain('본문 Text or HTML')
    expect(labelOf(html, 'language')).toContain('언어 Language')
    expect(labelOf(html, 'sourceId')).toContain('출처 Source')
    expect(labelOf(html, 'url')).toContain('주소 URL')
    const buttons = [...html.matchAll(/<button type="submit"[^>]*>/g)].map(([tag]) => tag)
    expect(buttons.map((tag) => /value="(\w+)"/.exec(tag)?.[1])).toEqual(['paste', 'source', 'url'])
    for (const tag of buttons) expect(tag).toContain('name="origin"')
  })

  it('an intake figure keeps its field ids and names', () => {
    const candidate = {
      quote: '지난해 AI 스타트업은 412곳이었다.',
      figure: '412곳',
      before: '지난해 AI 스타트업은 ',
      after: '이었다.',
      subject: null,
      metricId: null,
      window: null,
      matches: [],
      metricGuesses: [],
      logged: null,
      quantity: { kind: 'COUNT', bound: 'EXACT', strict: false, value: 412, low: null, high: null, unit: '곳', decimals: 0 },
    }
    const html = renderToStaticMarkup(
      <CandidateFields index={2} candidate={candidate as never} claimants={[]} state={refused({ 'candidates.2.text': ['문장을 쓰세요.'] })} lang="ko" />,
    )
    expect(control(html, 'candidates.2.value')).toContain('id="c2-value"')
    expect(control(html, 'candidates.2.kind')).toContain('id="c2-kind"')
    expect(labelOf(html, 'candidates.2.text')).toContain('주장 문장 Claim text')
    expect(control(html, 'candidates.2.text')).toContain('data-key="text"')
    expect(control(html, 'candidates.2.text')).toContain('aria-invalid="true"')
    expect(html).toContain('id="candidates.2.text-error"')
    expect(labelOf(html, 'candidates.2.translation')).toContain('번역 Translation')
  })

  it('the duplicate form and a user row keep their controls', () => {
    const duplicate = renderToStaticMarkup(<MarkDuplicateForm claimId="c1" suggestions={[]} />)
    expect(labelOf(duplicate, 'canonicalShortId')).toContain('원본 주장 ID Canonical claim ID')
    expect(control(duplicate, 'canonicalShortId')).toContain('aria-describedby="canonicalShortId-error"')
    const row = renderToStaticMarkup(
      <table>
        <tbody>
          <UserRow user={{ id: 'u1', email: 'a@example.org', name: 'A', role: 'EDITOR', active: true, mustChangePassword: false }} isSelf={false} />
        </tbody>
      </table>,
    )
    expect(control(row, 'role')).toContain('id="role-u1"')
    expect(labelOf(row, 'role')).toContain('Role of a@example.org')
  })
})

describe('new claimant button', () => {
  it('is disabled in the server HTML, so a click before hydration is not silently lost', async () => {
    const { NewClaimant } = await import('@/components/desk/claim-form/NewClaimant')
    const html = renderToStaticMarkup(<NewClaimant onCreated={() => {}} />)
    expect(html).toMatch(/<button type="button" disabled=""[^>]*>\+ 새 주장자 추가 Add a new claimant<\/button>/)
  })
})

describe('similar-claims check in the claim form', () => {
  it('keeps a line of its own for its status, so the check started by a blur does not move the control being clicked', async () => {
    const { TextPart } = await import('@/components/desk/claim-form/TextPart')
    const html = renderToStaticMarkup(<TextPart value={() => ''} fieldKey={(field) => field} state={{ status: 'idle', submission: 0 }} onLanguage={() => {}} />)
    expect(html).toMatch(/<div aria-live="polite"[^>]*><p class="min-h-5[^"]*"><\/p><\/div>/)
  })
})
