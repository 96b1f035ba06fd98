// The review queue as a reviewer works it: publish or send back from the queue, a confirmation after publishing,
// and, for whoever may not publish an item (an editor, or its own author under the two-person rule), who may
// instead of a Publish button that would be refused. Each caller signs in through next-auth for real; only Next's
// request plumbing (next/headers) is stood in for. Each test makes its own claims.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import { IDLE_FORM } from '../../lib/actions/form-state'
import { signInThroughNextAuth } from '../support/next-auth'
import { asBrowser, redirectOf } from '../support/next-request'
import { makeUser, TEST_PASSWORD } from '../support/users'

process.env.NEXTAUTH_URL = 'http://localhost:3000'

vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeaders)
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { saveDraft, submitForReview } = await import('../../lib/verdicts/actions')
const { publishAction, sendBackAction } = await import('../../lib/verdicts/form-actions')
const { reviewQueue } = await import('../../lib/verdicts/queries')
const { default: ReviewQueuePage } = await import('../../app/(desk)/desk/review/page')

let ratingId: string
const users = new Map<string, { actor: Actor; session: string }>()

async function user(key: string, role: 'EDITOR' | 'REVIEWER') {
  const actor = await makeUser(role)
  await db().user.update({ where: { id: actor.id }, data: { name: `${key} ${Math.random().toString(36).slice(2, 6)}` } })
  users.set(key, { actor, session: await signInThroughNextAuth(actor.email, TEST_PASSWORD) })
}
const actor = (key: string) => users.get(key)!.actor
const nameOf = async (key: string) => (await db().user.findUniqueOrThrow({ where: { id: actor(key).id } })).name

beforeAll(async () => {
  await db().ratingScale.create({ data: { name: 'queue scale', isDefault: true, ratings: { create: [{ labelKo: '사실', labelEn: 'True', colour: '#1a7f37', position: 1, value: 1 }] } } })
  ratingId = (await db().rating.findFirstOrThrow({ where: { labelEn: 'True' } })).id
  await user('editor', 'EDITOR')
  await user('authoring reviewer', 'REVIEWER')
  await user('second reviewer', 'REVIEWER')
})

/** A new claim whose first verdict `author` drafted and sent for review. */
async function inReview(author: string, analysis = 'one') {
  const run = Math.random().toString(36).slice(2, 8).padEnd(6, '0')
  const claim = await db().claim.create({ data: { shortId: `q${run}`, slug: 'queue', text: `검토 대기열 시험 ${run}` } })
  const saved = await saveDraft.execute(actor(author), { claimId: claim.id, ratingId, summary: `요약 ${run}`, analysis })
  if (saved.status !== 'ok') throw new Error(saved.message)
  const draft = await db().verdict.findUniqueOrThrow({ where: { claimId: claim.id } })
  const submitted = await submitForReview.execute(actor(author), { verdictId: draft.id, version: draft.version })
  if (submitted.status !== 'ok') throw new Error(submitted.message)
  return { claim, verdict: await db().verdict.findUniqueOrThrow({ where: { claimId: claim.id } }) }
}

async function queuePage(as: string, published?: string) {
  asBrowser(users.get(as)!.session)
  return renderToString(createElement('div', null, await ReviewQueuePage({ searchParams: Promise.resolve(published ? { published } : {}) })))
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

/** The queue item of one claim, as rendered. */
const itemOf = (html: string, text: string) => html.split('<li ').slice(1).find((item) => item.includes(text)) ?? ''

describe('who may publish', () => {
  it('the author of a draft (two-person rule) is told who may publish, and gets no Publish button', async () => {
    const { claim } = await inReview('authoring reviewer')
    const [mine] = (await reviewQueue(actor('authoring reviewer').id)).filter((item) => item.claim.id === claim.id)
    expect(mine.publishRight?.ownWork).toBe(true)
    expect(mine.publishRight?.mayPublish).toContain(await nameOf('second reviewer'))
    expect(mine.publishRight?.mayPublish).not.toContain(await nameOf('authoring reviewer'))

    const item = itemOf(await queuePage('authoring reviewer'), claim.text)
    expect(item).toContain('data-testid="who-may-publish"')
    expect(item).toContain(await nameOf('second reviewer'))
    expect(item).not.toContain('공개 Publish')
    // Sending back one's own draft (to change it) stays possible.
    expect(item).toContain('돌려보내기 Send back')
  })

  it('an editor sees who may publish; another reviewer sees Publish and Send back', async () => {
    const { claim } = await inReview('editor')
    const editorItem = itemOf(await queuePage('editor'), claim.text)
    expect(editorItem).toContain('data-testid="who-may-publish"')
    expect(editorItem).not.toContain('공개 Publish')
    expect(editorItem).not.toContain('돌려보내기 Send back')
    const reviewerItem = itemOf(await queuePage('second reviewer'), claim.text)
    expect(reviewerItem).not.toContain('who-may-publish')
    expect(reviewerItem).toContain('공개 Publish')
    expect(reviewerItem).toContain('돌려보내기 Send back')
  })

  it('with the two-person rule off, the author may publish their own draft', async () => {
    await db().setting.upsert({ where: { key: 'twoPersonRule' }, create: { key: 'twoPersonRule', value: false }, update: { value: false } })
    try {
      const { claim } = await inReview('authoring reviewer')
      const [mine] = (await reviewQueue(actor('authoring reviewer').id)).filter((item) => item.claim.id === claim.id)
      expect(mine.publishRight).toMatchObject({ ownWork: false })
      expect(mine.publishRight?.mayPublish).toContain(await nameOf('authoring reviewer'))
    } finally {
      await db().setting.deleteMany({ where: { key: 'twoPersonRule' } })
    }
  })
})

describe('acting from the queue', () => {
  it('a reviewer publishes from the queue and lands back on it with a confirmation', async () => {
    const { claim, verdict } = await inReview('editor')
    asBrowser(users.get('second reviewer')!.session)
    const target = await redirectOf(() => publishAction(IDLE_FORM, form({ verdictId: verdict.id, version: String(verdict.version), from: 'queue' })))
    expect(target).toBe(`/desk/review?published=${claim.shortId}`)
    expect(await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ status: 'PUBLISHED', reviewerId: actor('second reviewer').id })

    const html = await queuePage('second reviewer', claim.shortId)
    expect(html).toContain('The verdict is published: readers see it now.')
    expect(html).toContain(`href="/c/${claim.shortId}/queue"`)
    // No longer waiting.
    expect(itemOf(html, claim.text)).toBe('')
  })

  it('published from the claim page, it lands on the claim page with its confirmation', async () => {
    const { claim, verdict } = await inReview('editor')
    asBrowser(users.get('second reviewer')!.session)
    const target = await redirectOf(() => publishAction(IDLE_FORM, form({ verdictId: verdict.id, version: String(verdict.version) })))
    expect(target).toBe(`/desk/claims/${claim.id}?saved=published`)
  })

  it('the author’s own publish is refused, and nothing is published', async () => {
    const { verdict } = await inReview('authoring reviewer')
    asBrowser(users.get('authoring reviewer')!.session)
    const state = await publishAction(IDLE_FORM, form({ verdictId: verdict.id, version: String(verdict.version), from: 'queue' }))
    expect(state.status).toBe('error')
    expect((await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status).toBe('IN_REVIEW')
  })

  it('a reviewer sends a draft back from the queue with a reason', async () => {
    const { verdict } = await inReview('editor')
    asBrowser(users.get('second reviewer')!.session)
    const state = await sendBackAction(IDLE_FORM, form({ verdictId: verdict.id, version: String(verdict.version), comment: '출처를 더 보세요.' }))
    expect(state.status).toBe('ok')
    expect((await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status).toBe('DRAFT')
  })

  it('the queue’s diff of a first draft has no empty lines', async () => {
    const { claim } = await inReview('editor', 'First paragraph.\n\nSecond paragraph.\n\n\nThird.')
    const [item] = (await reviewQueue(actor('editor').id)).filter((row) => row.claim.id === claim.id)
    expect(item.diff.analysis).toEqual([
      { op: 'added', text: 'First paragraph.' },
      { op: 'added', text: 'Second paragraph.' },
      { op: 'added', text: 'Third.' },
    ])
  })
})
