// Desk addresses of a dataset source's imports, shared by the route handler, pages and components.
import { sourcePath } from '../sources/paths'

export const datasetImportPath = (sourceId: string) => `${sourcePath(sourceId)}/import`
export const snapshotsPath = (sourceId: string) => `${sourcePath(sourceId)}/snapshots`
