// Finds every mutation the app has, from the source tree: the actions under lib/ (defineAction and the multi-step
// ones shaped like it), the 'use server' functions and the action each form action (formAction) runs, and
// the route files. Tests that must cover every mutation (the authorization matrix, the hostile-input test) start
// here, so a new action is covered, or fails a test, without anyone remembering to add it.
//
// Import this after any vi.mock of the modules the actions use: discovery imports every action module.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import type { Permission } from '../../lib/auth/permissions'
import type { Actor } from '../../lib/auth/session'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const readSource = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

/** Files under `dir` (a path from the repository root) that `match` accepts, sorted; generated code is skipped. */
export function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  const found: string[] = []
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const file = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'generated') found.push(...filesUnder(file, match))
    } else if (match(file)) found.push(file)
  }
  return found.sort()
}

export interface AnyAction {
  name: string
  /** 'public': an action anyone may call (definePublicAction). */
  permission: Permission | 'public'
  /** The zod input of a defineAction; absent on the multi-step actions, which check theirs in a first step. */
  input?: z.ZodType
  execute(actor: Actor | null, raw: unknown, ...rest: unknown[]): Promise<{ status: string; message?: string }>
}

export function isAction(value: unknown): value is AnyAction {
  const v = value as Partial<AnyAction> | null
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.permission === 'string' && typeof v.execute === 'function'
}

export interface ServerFunction {
  where: string
  fn: (...args: unknown[]) => Promise<unknown>
  /** The action a form action made by formAction (lib/actions/form.ts) runs, read off the function itself. */
  action?: AnyAction
}

const isSource = (file: string) => /\.(ts|tsx)$/.test(file) && !/\.d\.ts$/.test(file)

/** Every action exported under lib/, with where it is exported. */
export async function discoverActions() {
  // Every module under lib/ that defines a mutation: one calling defineAction or naming a permission for one.
  const modules = filesUnder('lib', isSource).filter(
    (file) =>
      file !== 'lib/actions/pipeline.ts' && file !== 'lib/auth/permissions.ts' && !file.endsWith('form-actions.ts') && /defineAction\(|permission:/.test(readSource(file)),
  )
  const actions: { where: string; action: AnyAction }[] = []
  for (const file of modules) {
    const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
    for (const [exported, value] of Object.entries(loaded)) if (isAction(value)) actions.push({ where: `${file}#${exported}`, action: value })
  }
  return { actions }
}

/** 'use server' modules anywhere in the app, and the lib/<concept>/form-actions.ts ones among them. */
export function serverModules() {
  const all = ['lib', 'app', 'components'].flatMap((dir) => filesUnder(dir, (f) => isSource(f) && /['"]use server['"]/.test(readSource(f))))
  return { all, formModules: all.filter((file) => /^lib\/[^/]+\/form-actions\.ts$/.test(file)) }
}

/** Each function exported by a lib/<concept>/form-actions.ts, with the action attached to it by formAction. */
export async function discoverServerFunctions(): Promise<ServerFunction[]> {
  const found: ServerFunction[] = []
  for (const file of serverModules().formModules) {
    const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
    for (const [exported, fn] of Object.entries(loaded)) {
      if (typeof fn !== 'function') continue
      const attached = (fn as { action?: unknown }).action
      found.push({ where: `${file}#${exported}`, fn: fn as ServerFunction['fn'], action: isAction(attached) ? attached : undefined })
    }
  }
  return found
}

/** A form action: a server function made by formAction, with the action it runs. */
export const isFormAction = (s: ServerFunction): s is ServerFunction & { action: AnyAction } => s.action !== undefined

export async function discoverFormWrappers() {
  return (await discoverServerFunctions()).filter(isFormAction)
}

/** Route handler files under app/. */
export const routeFiles = () => filesUnder('app', (f) => /\/route\.(ts|tsx|js|mjs)$/.test(f))
