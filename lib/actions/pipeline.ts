// The one way a mutation happens: authorize (fail closed) -> validate (zod) -> write in a transaction together
// with its audit event -> report. Permission comes before validation so that a visitor without rights learns
// nothing about the input rules. Server actions wrap these with `formAction` (lib/actions/form.ts); tests call
// `execute` with a user of each role.
import { z } from 'zod'
import type { Actor } from '../auth/session'
import { can, type Permission } from '../auth/permissions'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import { UserError } from '../errors'
import { unstorableFields } from './fields'

export type Tx = Prisma.TransactionClient

/** Raised inside `run` when the record changed since the editor loaded it (optimistic locking). */
export class ConflictError extends UserError {
  constructor(
    message: string,
    /** The record as it is now, for the "what changed" view. */
    readonly current: Record<string, unknown>,
  ) {
    super(message)
  }
}

export type FieldErrors = Record<string, string[]>

export type ActionResult<R> =
  | { status: 'ok'; data: R; revalidate: string[] }
  | { status: 'invalid'; message: string; fieldErrors: FieldErrors }
  | { status: 'forbidden'; message: string }
  | { status: 'conflict'; message: string; current: Record<string, unknown> }
  | { status: 'error'; message: string }

export interface AuditEntry {
  action: string
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
}

export interface ActionContext<I> extends RunContext<I> {
  actor: Actor
}

/** Work that must see the change saved and must not hold up or undo it: an e-mail, a call to another server. */
export type AfterCommit = () => unknown

/** The after-commit callbacks of each open pipeline transaction, so helpers given only `tx` can add to them. */
const pendingAfterCommit = new WeakMap<Tx, AfterCommit[]>()

/**
 * Queues `callback` to run after the pipeline transaction `tx` commits: not at all when it rolls back, and without
 * being awaited, so a slow or failing callback neither slows nor fails the action (its failure is logged). Only for
 * a `tx` the pipeline opened (defineAction, definePublicAction); any other is a programming error.
 */
export function afterCommit(tx: Tx, callback: AfterCommit): void {
  const queue = pendingAfterCommit.get(tx)
  if (!queue) throw new Error('afterCommit needs a transaction opened by the action pipeline')
  queue.push(callback)
}

/** Opens the action's transaction with an after-commit queue; the queue runs once `$transaction` has resolved. */
async function transaction<R>(name: string, run: (tx: Tx, queue: (callback: AfterCommit) => void) => Promise<R>): Promise<R> {
  const callbacks: AfterCommit[] = []
  const data = await db().$transaction(
    (tx) => {
      pendingAfterCommit.set(tx, callbacks)
      return run(tx, (callback) => callbacks.push(callback))
    },
    { timeout: 20_000 },
  )
  for (const callback of callbacks) {
    void Promise.resolve()
      .then(callback)
      .catch((error: unknown) => console.error(`After-commit work of ${name} failed:`, error))
  }
  return data
}

export interface ActionDefinition<S extends z.ZodType, R> {
  name: string
  permission: Permission
  input: S
  run(context: ActionContext<z.output<S>>): Promise<R>
  /** Paths whose rendering the change affects. */
  revalidate?(data: R, input: z.output<S>): string[]
  /** Only for choosing one's own password: everything else waits until a one-time password has been replaced. */
  allowedWithOneTimePassword?: boolean
}

export const SIGN_IN_REQUIRED = '로그인이 필요합니다. Please sign in.'
export const SESSION_ENDED = '로그인이 끝났습니다. 다시 로그인하세요. Your session has ended; please sign in again.'
export const NOT_ALLOWED = '이 작업을 할 권한이 없습니다. You are not allowed to do this.'
export const CHANGE_PASSWORD_FIRST = '먼저 비밀번호를 바꾸세요. Choose your own password first.'
export const INVALID_INPUT = '입력한 내용을 확인하세요. Please check the highlighted fields.'
export const UNEXPECTED = '저장하지 못했습니다. 잠시 후 다시 시도하세요. Something went wrong; nothing was saved. Please try again.'

/** JSON-safe copy for the audit log (dates as ISO strings, decimals as text). */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form'
    ;(errors[key] ??= []).push(issue.message)
  }
  return errors
}

type Refusal = { status: 'forbidden'; message: string }

/**
 * The permission gate every mutation passes first, with the caller's rights as the database has them now: a user
 * demoted or deactivated a moment ago is refused, and so is a session from before the user's last password change,
 * reset, role change or "sign out everywhere" (the actor carries the version its session token was issued with;
 * lib/auth/session-token.ts).
 */
async function authorize(actor: Actor | null, permission: Permission, allowedWithOneTimePassword = false): Promise<Refusal | Actor> {
  if (!actor) return { status: 'forbidden', message: SIGN_IN_REQUIRED }
  const fresh = await db().user.findUnique({ where: { id: actor.id } })
  if (!fresh) return { status: 'forbidden', message: NOT_ALLOWED }
  if (fresh.sessionVersion !== actor.sessionVersion) return { status: 'forbidden', message: SESSION_ENDED }
  if (!can(fresh, permission)) return { status: 'forbidden', message: NOT_ALLOWED }
  if (fresh.mustChangePassword && !allowedWithOneTimePassword) return { status: 'forbidden', message: CHANGE_PASSWORD_FIRST }
  return { ...actor, role: fresh.role, active: fresh.active }
}

const isRefusal = (gate: Refusal | Actor): gate is Refusal => 'status' in gate

/** What every kind of action's `run` gets besides its caller. */
interface RunContext<I> {
  input: I
  tx: Tx
  audit(entry: AuditEntry): Promise<void>
  /** Runs `callback` once the transaction has committed (see `afterCommit`). */
  afterCommit(callback: AfterCommit): void
}

/**
 * The part every action shares once its caller may act: validate the input, run it in one transaction whose audit
 * events name `actorId` (none for a public action), and report the outcome as a form can show it.
 */
async function validateAndRun<S extends z.ZodType, R>(
  definition: { name: string; input: S; revalidate?(data: R, input: z.output<S>): string[] },
  raw: unknown,
  actorId: string | null,
  run: (context: RunContext<z.output<S>>) => Promise<R>,
): Promise<ActionResult<R>> {
  const parsed = definition.input.safeParse(raw)
  const unstorable = unstorableFields(raw)
  if (!parsed.success || Object.keys(unstorable).length) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error)
    for (const [field, messages] of Object.entries(unstorable)) (fieldErrors[field] ??= []).push(...messages)
    return { status: 'invalid', message: INVALID_INPUT, fieldErrors }
  }
  try {
    const data = await transaction(definition.name, (tx, queue) =>
      run({
        input: parsed.data,
        tx,
        afterCommit: queue,
        async audit(entry) {
          await tx.auditEvent.create({
            data: {
              actorId,
              action: entry.action,
              entityType: entry.entityType,
              entityId: entry.entityId,
              data: snapshot({ before: entry.before, after: entry.after }),
            },
          })
        },
      }),
    )
    return { status: 'ok', data, revalidate: definition.revalidate?.(data, parsed.data) ?? [] }
  } catch (error) {
    if (error instanceof ConflictError) return { status: 'conflict', message: error.message, current: error.current }
    if (error instanceof UserError) return { status: 'error', message: error.message }
    console.error(`Action ${definition.name} failed:`, error)
    return { status: 'error', message: UNEXPECTED }
  }
}

export function defineAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>) {
  async function execute(actor: Actor | null, raw: unknown): Promise<ActionResult<R>> {
    const gate = await authorize(actor, definition.permission, definition.allowedWithOneTimePassword)
    if (isRefusal(gate)) return gate
    return validateAndRun(definition, raw, gate.id, (context) => definition.run({ ...context, actor: gate }))
  }
  return { ...definition, execute }
}

export type Action<S extends z.ZodType, R> = ReturnType<typeof defineAction<S, R>>

/**
 * A mutation of several steps that cannot share one transaction (a fetch over the network between two writes; a
 * streamed import on a connection of its own). Each write is itself a defineAction, so it is validated and audited;
 * this names the whole for the forms and the authorization matrix, and refuses a caller without the permission
 * before the first step runs.
 */
export function defineSteps<Result extends { status: string }, Rest extends unknown[] = []>(definition: {
  name: string
  permission: Permission
  input?: z.ZodType
  steps(actor: Actor, raw: unknown, ...rest: Rest): Promise<Result>
}) {
  async function execute(actor: Actor | null, raw: unknown, ...rest: Rest): Promise<Result | Refusal> {
    const gate = await authorize(actor, definition.permission)
    if (isRefusal(gate)) return gate
    // The steps get the caller as it came: each step's own gate checks its session again.
    return definition.steps(actor!, raw, ...rest)
  }
  return { ...definition, execute }
}

/** The one permission a public action has: anyone, signed in or not (the authorization matrix lists it so). */
export const PUBLIC = 'public' as const

/** Who sent a public action, as the server saw it: only for abuse controls (rate limits), never stored as is. */
export interface PublicCaller {
  address: string | undefined
}

export interface PublicActionDefinition<S extends z.ZodType, R> {
  name: string
  input: S
  run(context: RunContext<z.output<S>> & { caller: PublicCaller }): Promise<R>
  revalidate?(data: R, input: z.output<S>): string[]
}

/**
 * A write anyone may make (a reader's tip): the same validate -> transaction with audit -> report as
 * `defineAction` (validateAndRun), with no permission gate and no actor (the audit event has none; a signed-in caller is treated
 * like everyone else). The caller's address comes as a third argument, for rate limits.
 */
export function definePublicAction<S extends z.ZodType, R>(definition: PublicActionDefinition<S, R>) {
  async function execute(_actor: Actor | null, raw: unknown, caller: PublicCaller = { address: undefined }): Promise<ActionResult<R>> {
    return validateAndRun(definition, raw, null, (context) => definition.run({ ...context, caller }))
  }
  return { ...definition, permission: PUBLIC, execute }
}
