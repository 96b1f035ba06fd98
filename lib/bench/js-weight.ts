// JavaScript a reader's browser downloads for a page: the <script src> files the HTML names, each gzipped as a
// server would send it, plus the inline scripts (Next's RSC payload); stylesheets are not counted. The baseline is an
// empty page built with the same Next.js from this repository's node_modules, so the difference is what the app
// itself adds.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROOT } from '../cli/build-state'
import { runNextBuild, waitUntilServing } from '../cli/processes'

export interface JsWeight {
  files: number
  /** The script files, gzipped (zlib's default level, as nginx and Next send them). */
  gzipBytes: number
  /** Inline <script> text (the RSC payload and bootstrapping), gzipped. */
  inlineGzipBytes: number
}

export async function measureJs(origin: string, pagePath: string): Promise<JsWeight> {
  const html = await (await fetch(origin + pagePath)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&')))]
  let gzipBytes = 0
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer())
    gzipBytes += gzipSync(body).length
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n')
  return { files: sources.length, gzipBytes, inlineGzipBytes: gzipSync(inline).length }
}

/** Builds and serves an app whose only page renders nothing, and measures it like measureJs. */
export async function measureEmptyPageJs(port: number): Promise<JsWeight> {
  // Inside the repository (under .data, which git ignores) so that it resolves Next from our node_modules:
  // Turbopack compiles nothing outside the workspace root, which a symlinked node_modules would be.
  const dir = path.join(ROOT, '.data/bench-empty-app')
  rmSync(dir, { recursive: true, force: true })
  try {
    mkdirSync(path.join(dir, 'app'), { recursive: true })
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'empty', private: true, type: 'module' }))
    writeFileSync(path.join(dir, 'next.config.js'), 'export default {}\n')
    writeFileSync(path.join(dir, 'app/layout.tsx'), 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n')
    writeFileSync(path.join(dir, 'app/page.tsx'), 'export default function Page() {\n  return null\n}\n')
    const next = path.join(ROOT, 'node_modules/next/dist/bin/next')
    await runNextBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, dir)
    const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore' })
    try {
      const origin = `http://127.0.0.1:${port}`
      await waitUntilServing(origin, server, 30_000)
      return await measureJs(origin, '/')
    } finally {
      server.kill()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
