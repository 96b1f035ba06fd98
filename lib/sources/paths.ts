// Desk addresses of a source, shared by actions (revalidation), pages and components.
export const SOURCES_PATH = '/desk/sources'
export const sourcePath = (id: string) => `${SOURCES_PATH}/${id}`
/** The whole archived copy as plain text. */
export const archivedCopyPath = (id: string) => `${sourcePath(id)}/archived`

/** The archived copy for readers (app/(public)/sources/[id]/archived): only for sources a public claim page cites. */
export const publicArchivedCopyPath = (id: string) => `/sources/${id}/archived`
