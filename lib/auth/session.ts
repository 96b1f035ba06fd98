import 'server-only'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { db } from '../db/client'
import { authOptions } from './options'
import { can, type Permission } from './permissions'

export type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>

async function loadActor(id: string) {
  return db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true },
  })
}

/**
 * The signed-in user as the database has them now, or null. A deactivated user is null at once, whatever their
 * token says; the role comes from the row, never from the token. Once per request.
 */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions())
  const id = session?.user?.id
  if (!id) return null
  const user = await loadActor(id)
  return user?.active ? user : null
})

/** For desk pages: signed out goes to sign-in; a user without the permission gets null (the page says so). */
export async function requireUser(permission: Permission, returnTo: string): Promise<{ user: Actor; allowed: boolean }> {
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`)
  if (user.mustChangePassword && returnTo !== '/desk/password') redirect('/desk/password')
  return { user, allowed: can(user, permission) }
}
