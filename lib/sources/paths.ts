// Desk addresses of a source, shared by actions (revalidation), pages and components.
export const SOURCES_PATH = '/desk/sources'
export const sourcePath = (id: string) => `${SOURCES_PATH}/${id}`

const withCopy = (path: string, copyId?: string | null) => (copyId ? `${path}?copy=${encodeURIComponent(copyId)}` : path)

/** An archived copy as plain text: `copyId` names one, without it the route picks (see getArchivedCopies). */
export const archivedCopyPath = (id: string, copyId?: string | null) => withCopy(`${sourcePath(id)}/archived`, copyId)

/** The archived copy for readers (app/(public)/sources/[id]/archived): only for sources a public claim page cites. */
export const publicArchivedCopyPath = (id: string, copyId?: string | null) => withCopy(`/sources/${id}/archived`, copyId)
