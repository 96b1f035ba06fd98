import 'server-only'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'

type Client = Prisma.TransactionClient

export const ratingFields = {
  id: true,
  position: true,
  labelKo: true,
  labelEn: true,
  value: true,
  colour: true,
  meaning: true,
  retired: true,
} as const

/** The default scale (the one new verdicts use), or null before one exists. */
export async function defaultScaleId(client: Client = db()): Promise<string | null> {
  const scale = await client.ratingScale.findFirst({
    where: { isDefault: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  })
  return scale?.id ?? null
}

/** The default scale with every rating in order, retired ones included, and how many verdicts use each. */
export async function defaultScaleForDesk() {
  const scale = await db().ratingScale.findFirst({
    where: { isDefault: true },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      ratings: {
        orderBy: { position: 'asc' },
        select: { ...ratingFields, _count: { select: { verdicts: true, revisions: true } } },
      },
    },
  })
  if (!scale) return null
  return {
    ...scale,
    ratings: scale.ratings.map(({ _count, ...rating }) => ({ ...rating, inUse: _count.verdicts + _count.revisions > 0 })),
  }
}

/** For readers: the default scale's ratings in order (the page shows the active ones and mentions retired ones). */
export async function publicScale() {
  const scale = await db().ratingScale.findFirst({
    where: { isDefault: true },
    orderBy: { createdAt: 'asc' },
    select: { name: true, ratings: { orderBy: { position: 'asc' }, select: ratingFields } },
  })
  return scale ?? { name: null, ratings: [] }
}
