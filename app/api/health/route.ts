import { db } from '@/lib/db/client'

export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** Liveness and database reachability, for the start script, tests and load balancers. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`
    // The answer is about this instance, now: no cache may answer for it.
    return Response.json({ ok: true }, { headers: NO_STORE })
  } catch (error) {
    console.error('Health check failed:', error)
    return Response.json({ ok: false }, { status: 503, headers: NO_STORE })
  }
}
