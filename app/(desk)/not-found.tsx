// A desk page that found nothing (a deleted claim or source): shown inside the desk's frame, which gives the header
// and the one <main>.
import { connection } from 'next/server'
import { NotFoundContent } from '@/components/NotFoundContent'
import { getLocale } from '@/lib/i18n/server'

export default async function DeskNotFound() {
  await connection()
  return <NotFoundContent locale={await getLocale()} />
}
