// Dividing the work (issue 16): assigning a claim's editor and reviewer, the desk discussion with @mentions, and
// the in-app notifications these write in the same transaction, with /desk/me's reads. Real PostgreSQL, real
// actions through the pipeline; the public API, export and feeds are called through their route handlers to show
// the discussion never leaves the desk.
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as getClaim } from '../../app/api/v1/claims/[id]/route'
import { GET as exportData } from '../../app/api/v1/export/route'
import { GET as rss } from '../../app/feed.xml/route'
import { GET as atom } from '../../app/atom.xml/route'
import { ClaimDiscussion } from '../../components/desk/ClaimDiscussion'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { assignClaim, randomShortId } from '../../lib/claims/actions'
import { myDesk } from '../../lib/claims/my-desk'
import { addClaimComment, editClaimComment } from '../../lib/comments/actions'
import { handleOf, mentionTokens } from '../../lib/comments/mentions'
import { db } from '../../lib/db/client'
import { markAllNotificationsRead, markNotificationRead } from '../../lib/notifications/actions'
import { listNotifications, unreadNotificationCount } from '../../lib/notifications/queries'
import { loadDemoDataset } from '../../lib/seed/demo'
import { saveDraft, sendBack, submitForReview } from '../../lib/verdicts/actions'
import { everyCaller, makeUser } from '../support/users'

const BASE = 'http://localhost:3000'
const refusal = (who: string) => ({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })

let editor: Actor
let otherEditor: Actor
let reviewer: Actor
let admin: Actor
let ratingId: string

beforeAll(async () => {
  await loadDemoDataset(db())
  editor = await makeUser('EDITOR', { email: `ed-${randomShortId()}@example.com` })
  otherEditor = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER', { email: `rev-${randomShortId()}@example.com` })
  admin = await makeUser('ADMIN')
  ratingId = (await db().rating.findFirstOrThrow({ where: { retired: false, scale: { isDefault: true } }, orderBy: { position: 'asc' } })).id
})

const handle = (user: Actor) => user.email.split('@')[0]
const newClaim = (text = `협업 주장 ${randomShortId()}`) => db().claim.create({ data: { shortId: randomShortId(), slug: 'collab', text, status: 'RESEARCHING' } })
const notificationsOf = (user: Actor, claimId: string) =>
  db().notification.findMany({ where: { recipientId: user.id, claimId }, orderBy: { createdAt: 'asc' }, select: { kind: true, actorId: true, commentId: true, readAt: true } })

function ok<T extends { status: string }>(result: T, who = ''): asserts result is T & { status: 'ok' } {
  expect(result.status, `${who}: ${JSON.stringify(result)}`).toBe('ok')
}

describe('assigning a claim', () => {
  it('editors and admins assign; a reviewer, signed out and a deactivated admin are refused and nothing changes', async () => {
    const deactivated = await makeUser('ADMIN', { active: false })
    for (const [who, caller] of [...(await everyCaller()), ['deactivated ADMIN', deactivated] as [string, Actor]]) {
      const claim = await newClaim()
      const before = await db().auditEvent.count({ where: { entityId: claim.id } })
      const result = await assignClaim.execute(caller, { claimId: claim.id, version: '1', editorId: otherEditor.id, reviewerId: reviewer.id })
      const after = await db().claim.findUniqueOrThrow({ where: { id: claim.id } })
      if (who === 'EDITOR' || who === 'ADMIN') {
        ok(result, who)
        expect(after).toMatchObject({ assignedEditorId: otherEditor.id, assignedReviewerId: reviewer.id, version: 2 })
        const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: 'claim', entityId: claim.id, action: 'claim.assign' } })
        expect(event.actorId).toBe(caller!.id)
        expect(event.data).toMatchObject({ before: { assignedEditorId: null, assignedReviewerId: null, version: 1 }, after: { assignedEditorId: otherEditor.id, version: 2 } })
      } else {
        expect(result, who).toEqual(who === 'deactivated ADMIN' ? refusal('x') : refusal(who))
        expect(after).toMatchObject({ assignedEditorId: null, assignedReviewerId: null, version: 1 })
        expect(await db().auditEvent.count({ where: { entityId: claim.id } })).toBe(before)
        expect(await db().notification.count({ where: { claimId: claim.id } })).toBe(0)
      }
    }
  })

  it('notifies the newly assigned editor and reviewer in the same save, not the one who assigned, and not twice', async () => {
    const claim = await newClaim()
    ok(await assignClaim.execute(admin, { claimId: claim.id, version: '1', editorId: editor.id, reviewerId: reviewer.id }))
    expect(await notificationsOf(editor, claim.id)).toEqual([{ kind: 'ASSIGNED', actorId: admin.id, commentId: null, readAt: null }])
    expect(await notificationsOf(reviewer, claim.id)).toEqual([{ kind: 'ASSIGNED', actorId: admin.id, commentId: null, readAt: null }])
    // Saving the same assignment again tells nobody anything new; assigning oneself tells nobody at all.
    ok(await assignClaim.execute(admin, { claimId: claim.id, version: '2', editorId: editor.id, reviewerId: reviewer.id }))
    ok(await assignClaim.execute(editor, { claimId: claim.id, version: '3', editorId: editor.id, reviewerId: '' }))
    expect(await notificationsOf(editor, claim.id)).toHaveLength(1)
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assignedEditorId: editor.id, assignedReviewerId: null, version: 4 })
  })

  it('is optimistic-locked: a form from before another save is a conflict and changes nothing', async () => {
    const claim = await newClaim()
    ok(await assignClaim.execute(editor, { claimId: claim.id, version: '1', editorId: editor.id, reviewerId: '' }))
    const stale = await assignClaim.execute(otherEditor, { claimId: claim.id, version: '1', editorId: otherEditor.id, reviewerId: reviewer.id })
    expect(stale.status).toBe('conflict')
    expect(stale).toMatchObject({ current: { assignedEditorId: editor.id, version: 2 } })
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assignedEditorId: editor.id, assignedReviewerId: null, version: 2 })
    expect(await db().notification.count({ where: { claimId: claim.id, recipientId: otherEditor.id } })).toBe(0)
  })

  it('refuses a reviewer who may not publish, an unknown or deactivated user', async () => {
    const claim = await newClaim()
    const gone = await makeUser('EDITOR', { active: false })
    for (const input of [
      { editorId: '', reviewerId: otherEditor.id },
      { editorId: 'no-such-user', reviewerId: '' },
      { editorId: gone.id, reviewerId: '' },
    ]) {
      const result = await assignClaim.execute(admin, { claimId: claim.id, version: '1', ...input })
      expect(result.status, JSON.stringify(input)).toBe('error')
    }
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assignedEditorId: null, version: 1 })
  })
})

describe('the desk discussion', () => {
  it('every desk role comments and replies; signed out and deactivated users are refused', async () => {
    const claim = await newClaim()
    const deactivated = await makeUser('REVIEWER', { active: false })
    for (const [who, caller] of [...(await everyCaller()), ['deactivated', deactivated] as [string, Actor]]) {
      const result = await addClaimComment.execute(caller, { claimId: claim.id, body: `comment from ${who}` })
      const row = await db().claimComment.findFirst({ where: { claimId: claim.id, body: `comment from ${who}` } })
      if (caller && who !== 'deactivated') {
        ok(result, who)
        expect(row).toMatchObject({ authorId: caller.id, parentId: null, editedAt: null })
      } else {
        expect(result).toEqual(refusal(who === 'deactivated' ? 'x' : who))
        expect(row).toBeNull()
      }
    }
  })

  it('threads one level deep: a reply to a reply, or to another claim’s comment, is refused', async () => {
    const claim = await newClaim()
    const other = await newClaim()
    const first = await addClaimComment.execute(editor, { claimId: claim.id, body: 'Which report is this?' })
    ok(first)
    const reply = await addClaimComment.execute(reviewer, { claimId: claim.id, parentId: first.data.commentId, body: 'The 2024 one.' })
    ok(reply)
    expect(await db().claimComment.findUniqueOrThrow({ where: { id: reply.data.commentId } })).toMatchObject({ parentId: first.data.commentId })
    expect((await addClaimComment.execute(editor, { claimId: claim.id, parentId: reply.data.commentId, body: 'Nested.' })).status).toBe('error')
    expect((await addClaimComment.execute(editor, { claimId: other.id, parentId: first.data.commentId, body: 'Elsewhere.' })).status).toBe('error')
    expect(await db().claimComment.count({ where: { claimId: { in: [claim.id, other.id] } } })).toBe(2)
    // The author hears of the reply; the one replying does not hear of their own reply.
    expect(await notificationsOf(editor, claim.id)).toEqual([{ kind: 'COMMENT_REPLY', actorId: reviewer.id, commentId: reply.data.commentId, readAt: null }])
    expect(await notificationsOf(reviewer, claim.id)).toEqual([])
  })

  it('an empty comment is invalid; only the author edits a comment, which marks it edited', async () => {
    const claim = await newClaim()
    expect((await addClaimComment.execute(editor, { claimId: claim.id, body: '  \r\n ' })).status).toBe('invalid')
    const added = await addClaimComment.execute(editor, { claimId: claim.id, body: 'First\r\nthought' })
    ok(added)
    expect((await db().claimComment.findUniqueOrThrow({ where: { id: added.data.commentId } })).body).toBe('First\nthought')
    expect((await editClaimComment.execute(otherEditor, { commentId: added.data.commentId, body: 'Not mine.' })).status).toBe('error')
    ok(await editClaimComment.execute(editor, { commentId: added.data.commentId, body: 'Second thought' }))
    const row = await db().claimComment.findUniqueOrThrow({ where: { id: added.data.commentId } })
    expect(row.body).toBe('Second thought')
    expect(row.editedAt).toBeInstanceOf(Date)
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: 'claimComment', entityId: row.id, action: 'comment.edit' } })
    expect(event.data).toMatchObject({ before: { body: 'First\nthought' }, after: { body: 'Second thought' } })
  })

  it('renders Markdown without raw HTML: <script> and javascript: links are inert', async () => {
    const claim = await newClaim()
    const body = [
      '**Checked** the table.',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '[click me](javascript:alert(3)) and [data](data:text/html,<script>alert(4)</script>)',
      '<a href="javascript:alert(5)">raw link</a>',
    ].join('\n\n')
    ok(await addClaimComment.execute(editor, { claimId: claim.id, body }))
    const html = renderToStaticMarkup(await ClaimDiscussion({ claimId: claim.id, viewerId: reviewer.id, canComment: false }))
    expect(html).toContain('<strong>Checked</strong>')
    expect(html).toContain('click me')
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/onerror/i)
    expect(html).not.toMatch(/href="\s*(javascript|data):/i)
    expect(html).not.toContain('raw link</a>')
  })
})

describe('@mentions', () => {
  it('finds handles and addresses, not e-mail addresses in the text, each once, without trailing dots', () => {
    expect(mentionTokens('@Jane.Doe and @bob@example.org, mail jane@example.org; thanks @jane.doe. 검토@kim 부탁')).toEqual(['jane.doe', 'bob@example.org', 'kim'])
    const users = [
      { id: '1', name: 'A', email: 'sam@one.org' },
      { id: '2', name: 'B', email: 'sam@two.org' },
      { id: '3', name: 'C', email: 'lee@one.org' },
    ]
    expect(users.map((user) => handleOf(user, users))).toEqual(['sam@one.org', 'sam@two.org', 'lee'])
  })

  it('a mention of a desk user notifies them and is recorded; unknown names stay text and notify nobody', async () => {
    const claim = await newClaim()
    const body = `@${handle(reviewer)} please look; @nobody-like-this and @${handle(editor).toUpperCase()} too. @${handle(reviewer)} again.`
    const result = await addClaimComment.execute(otherEditor, { claimId: claim.id, body })
    ok(result)
    const mentions = await db().claimCommentMention.findMany({ where: { commentId: result.data.commentId }, select: { userId: true } })
    expect(mentions.map((m) => m.userId).sort()).toEqual([editor.id, reviewer.id].sort())
    expect(await notificationsOf(reviewer, claim.id)).toEqual([{ kind: 'MENTIONED', actorId: otherEditor.id, commentId: result.data.commentId, readAt: null }])
    expect(await notificationsOf(editor, claim.id)).toEqual([{ kind: 'MENTIONED', actorId: otherEditor.id, commentId: result.data.commentId, readAt: null }])
    expect(await db().notification.count({ where: { claimId: claim.id } })).toBe(2)
    expect((await db().claimComment.findUniqueOrThrow({ where: { id: result.data.commentId } })).body).toBe(body)
    // The full address works too, and an edit that adds a mention notifies only the newly mentioned.
    ok(await editClaimComment.execute(otherEditor, { commentId: result.data.commentId, body: `${body} cc @${admin.email}` }))
    expect(await db().notification.count({ where: { claimId: claim.id } })).toBe(3)
    expect(await notificationsOf(admin as Actor, claim.id)).toHaveLength(1)
    // /desk/me lists where one was mentioned.
    expect((await myDesk(reviewer.id)).mentions.map((comment) => comment.id)).toContain(result.data.commentId)
  })

  it('a reply that mentions the thread’s author tells them once, as a mention', async () => {
    const claim = await newClaim()
    const first = await addClaimComment.execute(editor, { claimId: claim.id, body: 'Start.' })
    ok(first)
    ok(await addClaimComment.execute(reviewer, { claimId: claim.id, parentId: first.data.commentId, body: `@${handle(editor)} done.` }))
    expect((await notificationsOf(editor, claim.id)).map((n) => n.kind)).toEqual(['MENTIONED'])
  })
})

describe('verdict review notifications', () => {
  it('submitting for review notifies the assigned reviewer; sending back notifies the author; both list on /desk/me', async () => {
    const claim = await newClaim()
    ok(await assignClaim.execute(editor, { claimId: claim.id, version: '1', editorId: editor.id, reviewerId: reviewer.id }))
    const draft = await saveDraft.execute(editor, { claimId: claim.id, ratingId, summary: 'Summary.', analysis: 'Analysis.' })
    ok(draft)
    ok(await submitForReview.execute(editor, { verdictId: draft.data.verdictId, version: String(draft.data.version) }))
    expect((await notificationsOf(reviewer, claim.id)).map((n) => n.kind)).toEqual(['ASSIGNED', 'REVIEW_REQUESTED'])
    expect((await myDesk(reviewer.id)).toReview.map((row) => row.id)).toContain(claim.id)
    expect((await myDesk(editor.id)).assigned.map((row) => row.id)).toContain(claim.id)

    const verdict = await db().verdict.findUniqueOrThrow({ where: { id: draft.data.verdictId } })
    ok(await sendBack.execute(reviewer, { verdictId: verdict.id, version: String(verdict.version), comment: 'Cite the table.' }))
    expect(await notificationsOf(editor, claim.id)).toEqual([{ kind: 'SENT_BACK', actorId: reviewer.id, commentId: null, readAt: null }])
    expect((await myDesk(reviewer.id)).toReview.map((row) => row.id)).not.toContain(claim.id)
    const sentBack = (await myDesk(editor.id)).sentBack.find((row) => row.claim.id === claim.id)
    expect(sentBack?.comments[0]?.body).toBe('Cite the table.')

    // Resubmitted, it is no longer "sent back".
    const again = await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })
    ok(await submitForReview.execute(editor, { verdictId: again.id, version: String(again.version) }))
    expect((await myDesk(editor.id)).sentBack.map((row) => row.claim.id)).not.toContain(claim.id)
  })

  it('a refused send-back writes no notification', async () => {
    const claim = await newClaim()
    const draft = await saveDraft.execute(editor, { claimId: claim.id, ratingId, summary: 'Summary.', analysis: 'Analysis.' })
    ok(draft)
    ok(await submitForReview.execute(editor, { verdictId: draft.data.verdictId, version: String(draft.data.version) }))
    const verdict = await db().verdict.findUniqueOrThrow({ where: { id: draft.data.verdictId } })
    expect(await sendBack.execute(otherEditor, { verdictId: verdict.id, version: String(verdict.version), comment: 'No.' })).toEqual(refusal('EDITOR'))
    expect(await db().notification.count({ where: { claimId: claim.id } })).toBe(0)
  })
})

describe('notifications', () => {
  it('are counted unread, listed newest first, marked read one at a time and all at once, only by their recipient', async () => {
    const user = await makeUser('EDITOR')
    const claim = await newClaim()
    for (let i = 0; i < 3; i++) {
      await db().notification.create({ data: { recipientId: user.id, kind: 'MENTIONED', claimId: claim.id, actorId: editor.id, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } })
    }
    expect(await unreadNotificationCount(user.id)).toBe(3)
    const listed = await listNotifications(user.id)
    expect(listed.map((n) => n.createdAt.toISOString())).toEqual(['2026-01-03T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z'])

    // Someone else's notification is not found, whatever their role.
    for (const [who, caller] of await everyCaller()) {
      const result = await markNotificationRead.execute(caller, { notificationId: listed[0].id })
      if (caller) expect(result.status, who).toBe('error')
      else expect(result).toEqual(refusal(who))
    }
    expect(await unreadNotificationCount(user.id)).toBe(3)

    ok(await markNotificationRead.execute(user, { notificationId: listed[0].id }))
    expect(await unreadNotificationCount(user.id)).toBe(2)
    // "Mark all" marks up to the newest shown: one that arrived later stays unread, and nobody else's is touched.
    const later = await db().notification.create({ data: { recipientId: user.id, kind: 'ASSIGNED', claimId: claim.id, actorId: editor.id, createdAt: new Date(Date.UTC(2026, 0, 10)) } })
    const othersUnread = await unreadNotificationCount(editor.id)
    const all = await markAllNotificationsRead.execute(user, { upTo: listed[0].createdAt.toISOString() })
    ok(all)
    expect(all.data).toEqual({ marked: 2 })
    expect(await unreadNotificationCount(user.id)).toBe(1)
    expect((await db().notification.findUniqueOrThrow({ where: { id: later.id } })).readAt).toBeNull()
    expect(await unreadNotificationCount(editor.id)).toBe(othersUnread)
    expect(await markAllNotificationsRead.execute(null, { upTo: new Date().toISOString() })).toEqual(refusal('signed out'))
    expect((await markAllNotificationsRead.execute(user, { upTo: 'yesterday' })).status).toBe('invalid')
  })

  it('are not written for a deactivated recipient', async () => {
    const gone = await makeUser('REVIEWER')
    const claim = await newClaim()
    await db().user.update({ where: { id: gone.id }, data: { active: false } })
    ok(await addClaimComment.execute(editor, { claimId: claim.id, body: `@${handle(gone)} are you there?` }))
    expect(await db().notification.count({ where: { recipientId: gone.id } })).toBe(0)
  })
})

describe('the discussion never leaves the desk', () => {
  it('the public claim JSON, the export and the feeds carry no comments, mentions or assignment', async () => {
    const published = await db().claim.findUniqueOrThrow({ where: { shortId: 'kfm2023' } })
    ok(await assignClaim.execute(admin, { claimId: published.id, version: String(published.version), editorId: editor.id, reviewerId: reviewer.id }))
    const secret = `desk-only-secret-${randomShortId()}`
    const added = await addClaimComment.execute(editor, { claimId: published.id, body: `${secret} @${handle(reviewer)}` })
    ok(added)
    ok(await addClaimComment.execute(reviewer, { claimId: published.id, parentId: added.data.commentId, body: `${secret} reply` }))

    const url = `${BASE}/api/v1/claims/kfm2023`
    const response = await getClaim(new Request(url), { params: Promise.resolve({ id: 'kfm2023' }) })
    expect(response.status).toBe(200)
    const json = await response.json()
    const text = JSON.stringify(json)
    expect(json).not.toHaveProperty('comments')
    expect(json.data ?? json).not.toHaveProperty('comments')
    for (const leaked of [secret, added.data.commentId, 'comments', 'assigned', editor.email, reviewer.email, handle(reviewer)]) expect(text).not.toContain(leaked)

    for (const body of [
      await exportData(new Request(`${BASE}/api/v1/export`)).text(),
      await exportData(new Request(`${BASE}/api/v1/export?format=csv`)).text(),
      await (await rss(new Request(`${BASE}/feed.xml`))).text(),
      await (await atom(new Request(`${BASE}/atom.xml`))).text(),
    ]) {
      expect(body).not.toContain(secret)
      expect(body).not.toContain(reviewer.email)
    }
  })
})
