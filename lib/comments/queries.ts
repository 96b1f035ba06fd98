// Reads for the claim discussion on the desk claim page. Desk only: nothing here is imported by a reader surface.
import 'server-only'
import { db } from '@/lib/db/client'
import { handleOf, type DeskUserHandle } from './mentions'

const person = { select: { id: true, name: true, email: true } } as const

const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: person,
  mentions: { select: { user: person }, orderBy: { userId: 'asc' } },
} as const

/** A claim's threads, oldest first, each with its replies oldest first. */
export async function claimDiscussion(claimId: string) {
  return db().claimComment.findMany({
    where: { claimId, parentId: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { ...commentSelect, replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: commentSelect } },
  })
}

export type DiscussionThread = Awaited<ReturnType<typeof claimDiscussion>>[number]

/** The active desk users and the handle each is mentioned by, for the comment form's hint. */
export async function mentionableUsers(): Promise<(DeskUserHandle & { handle: string })[]> {
  const users = await db().user.findMany({ where: { active: true }, select: { id: true, name: true, email: true }, orderBy: { name: 'asc' } })
  return users.map((user) => ({ ...user, handle: handleOf(user, users) }))
}
