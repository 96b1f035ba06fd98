// Public API: one claim as its permalink shows it; 404 unless it is published.
import { claimDetailResponse, optionsResponse } from '@/lib/reader/api'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return claimDetailResponse((await params).id)
}

export function OPTIONS() {
  return optionsResponse()
}
