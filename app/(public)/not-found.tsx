// A reader page that found nothing (an unpublished claim, a metric without listed claims): shown inside the reader
// layout, whose frame gives the header and the one <main>.
import { connection } from 'next/server'
import { NotFoundContent } from '@/components/NotFoundContent'
import { getLocale } from '@/lib/i18n/server'

export default async function ReaderNotFound() {
  await connection()
  return <NotFoundContent locale={await getLocale()} />
}
