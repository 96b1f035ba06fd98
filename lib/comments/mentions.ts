// @mentions in desk comments. Desk users have no user name of their own: a user's handle is the part of their
// e-mail address before the "@" (jane.doe for jane.doe@example.org), or the whole address when two users share that
// part. "@jane.doe" and "@jane.doe@example.org" both name Jane; a handle that names nobody stays plain text.
import type { Tx } from '@/lib/actions/pipeline'

/** "@handle" or "@address", not right after a Latin letter or digit (an e-mail address in the text is no mention; "검토@jane" is). */
export const MENTION_PATTERN = /(?<![A-Za-z0-9_.%+@-])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/gu

/** Trailing dots are sentence punctuation ("thanks @jane."), not part of the handle. */
const clean = (token: string) => token.replace(/\.+$/, '').toLowerCase()

/** More names than a desk has people: the rest of a long list stays text, and the lookup stays small. */
export const MAX_MENTIONS = 50

/** The handles and addresses a text names, lower-cased, in order, each once (the first MAX_MENTIONS). */
export function mentionTokens(text: string): string[] {
  const tokens: string[] = []
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const token = clean(match[1])
    if (token && !tokens.includes(token)) tokens.push(token)
    if (tokens.length === MAX_MENTIONS) break
  }
  return tokens
}

export const localPart = (email: string) => email.slice(0, email.indexOf('@')).toLowerCase()

export interface DeskUserHandle {
  id: string
  name: string
  email: string
}

/** Each user's handle: the local part, unless another user has the same one; then the whole address. */
export function handles<U extends DeskUserHandle>(users: U[]): Map<string, U> {
  const count = new Map<string, number>()
  for (const user of users) count.set(localPart(user.email), (count.get(localPart(user.email)) ?? 0) + 1)
  const byHandle = new Map<string, U>()
  for (const user of users) {
    byHandle.set(user.email.toLowerCase(), user)
    if (count.get(localPart(user.email)) === 1) byHandle.set(localPart(user.email), user)
  }
  return byHandle
}

/** The handle to type for a user among `users` (shown next to names on the desk, for @mentions). */
export function handleOf(user: DeskUserHandle, users: DeskUserHandle[]): string {
  const part = localPart(user.email)
  return users.filter((other) => localPart(other.email) === part).length > 1 ? user.email.toLowerCase() : part
}

/** The active desk users a text mentions. Unknown handles are left out (they stay as typed in the text). */
export async function resolveMentions(tx: Tx, text: string): Promise<DeskUserHandle[]> {
  const tokens = mentionTokens(text)
  if (!tokens.length) return []
  const locals = [...new Set(tokens.map((token) => (token.includes('@') ? localPart(token) : token)))]
  // Every user sharing a local part is read, so that an ambiguous handle is seen to be ambiguous.
  const candidates = await tx.user.findMany({
    where: { active: true, OR: locals.map((local) => ({ email: { startsWith: `${local}@`, mode: 'insensitive' as const } })) },
    select: { id: true, name: true, email: true },
  })
  const byHandle = handles(candidates)
  const found: DeskUserHandle[] = []
  for (const token of tokens) {
    const user = byHandle.get(token)
    if (user && !found.some((other) => other.id === user.id)) found.push(user)
  }
  return found
}
