// The sending address of a reader's request, as sign-in throttling reads it (lib/auth/client-address.ts): our web
// server rewrites X-Forwarded-For so that only trusted proxies' entries survive.
import 'server-only'
import { headers } from 'next/headers'
import { clientAddress } from '../auth/client-address'
import { parseEnv } from '../env'
import type { PublicCaller } from '../actions/pipeline'

export async function readerCaller(): Promise<PublicCaller> {
  let forwardedFor: string | null = null
  try {
    forwardedFor = (await headers()).get('x-forwarded-for')
  } catch {
    // Outside a request (a test calling the server action directly): no address, one shared count.
  }
  return { address: clientAddress(forwardedFor, parseEnv().TRUSTED_PROXY_COUNT) }
}
