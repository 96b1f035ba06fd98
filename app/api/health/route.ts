import { db } from '@/lib/db/client'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for the start script, tests and load balancers. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`
    return Response.json({ ok: true })
  } catch (error) {
    console.error('Health check failed:', error)
    return Response.json({ ok: false }, { status: 503 })
  }
}
