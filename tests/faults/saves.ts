// An editor saving new claims back to back through the action pipeline (in this process, against the app's
// database, as the desk's server actions do in the web server), remembering which saves were acknowledged.
import type { Actor } from '../../lib/auth/session'
import { createClaim } from '../../lib/claims/actions'
import { sleep } from './app'

export function startSaving(editor: Actor) {
  let running = true
  const acknowledged: { id: string; at: number }[] = []
  let refused = 0
  const loop = (async () => {
    for (let n = 1; running; n++) {
      const form = { text: `장애 중에 저장한 주장 ${n}`, language: 'ko', translation: `A claim saved during a fault ${n}`, status: 'NEW', tags: '' }
      // Thrown or refused, it was not acknowledged: only 'ok' promises that the claim is stored.
      const result = await createClaim.execute(editor, form).catch(() => undefined)
      if (result?.status === 'ok') acknowledged.push({ id: result.data.id, at: Date.now() })
      else refused++
      await sleep(50)
    }
  })()
  return {
    acknowledged,
    refused: () => refused,
    async stop() {
      running = false
      await loop
    },
  }
}
