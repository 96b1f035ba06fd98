// Who may do what. Every mutation names one of these permissions; nothing writes without one.
import type { Role } from '../db/generated/enums'

const EVERY_DESK_ROLE = ['EDITOR', 'REVIEWER', 'ADMIN'] as const satisfies readonly Role[]

export const PERMISSIONS = {
  'desk.view': EVERY_DESK_ROLE,
  /** Ending every session of one's own account ("sign out everywhere"). */
  'sessions.endOwn': EVERY_DESK_ROLE,
  'claim.edit': EVERY_DESK_ROLE,
  /** Choosing who works on a claim and who reviews its verdict: the desk's editors and admins divide the work. */
  'claim.assign': ['EDITOR', 'ADMIN'],
  /** The desk's discussion of a claim: writing comments and replies, editing one's own. */
  'claim.comment': EVERY_DESK_ROLE,
  /** One's own in-app notifications: marking them read. */
  'notifications.own': EVERY_DESK_ROLE,
  'source.edit': EVERY_DESK_ROLE,
  /** Logging an article's figures in one submit: claims, their quantities and appearances (the intake page). */
  'intake.commit': EVERY_DESK_ROLE,
  'evidence.edit': EVERY_DESK_ROLE,
  'relation.edit': EVERY_DESK_ROLE,
  'verdict.draft': EVERY_DESK_ROLE,
  'verdict.publish': ['REVIEWER', 'ADMIN'],
  'users.manage': ['ADMIN'],
  'scale.edit': ['ADMIN'],
  /** The site's own public pages (methodology, about): what the newsroom says of itself. */
  'pages.edit': ['ADMIN'],
  /** Readers' tips in the desk inbox: marking them taken up, duplicate or spam, turning them into claims. */
  'tips.triage': EVERY_DESK_ROLE,
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function can(user: { role: Role; active: boolean } | null | undefined, permission: Permission): boolean {
  return Boolean(user?.active && (PERMISSIONS[permission] as readonly Role[]).includes(user.role))
}
