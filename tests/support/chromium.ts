import { existsSync } from 'node:fs'

/** A system Chromium for Playwright (its own browser download cannot reach its host on our machines). */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ]
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)))
}
