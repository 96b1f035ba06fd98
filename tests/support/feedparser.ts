// A real feed parser for the feed tests: Universal Feed Parser (Python's feedparser, Debian's python3-feedparser),
// what aggregators and validators read feeds with. It says whether a document is a well-formed feed (`bozo` false)
// and which format it found (`rss20`, `atom10`), and returns the entries as a feed reader sees them.
// npm test and CI install the package (tests/run.ts, .ci/run); elsewhere: apt-get install python3-feedparser.
import { spawnSync } from 'node:child_process'

export interface ParsedFeed {
  bozo: boolean
  bozoException: string | null
  version: string
  feed: { title: string | null; link: string | null; id: string | null }
  entries: { id: string | null; title: string | null; link: string | null; summary: string | null; updated: string | null }[]
}

const SCRIPT = `
import json, sys
import feedparser
d = feedparser.parse(sys.stdin.buffer.read())
pick = lambda o, k: o.get(k) if hasattr(o, 'get') else None
print(json.dumps({
  'bozo': bool(d.bozo),
  'bozoException': repr(d.get('bozo_exception')) if d.bozo else None,
  'version': d.version,
  'feed': {k: pick(d.feed, k) for k in ('title', 'link', 'id')},
  'entries': [{k: pick(e, k) for k in ('id', 'title', 'link', 'summary', 'updated')} for e in d.entries],
}))
`

// Debian's package lives in the system Python's packages; a python3 earlier in PATH (pyenv, a venv) may lack it.
const PYTHONS = ['/usr/bin/python3', 'python3']

let python: string | null | undefined

/** The first Python 3 that has feedparser, or null. */
export function feedparserPython(): string | null {
  python ??= PYTHONS.find((candidate) => spawnSync(candidate, ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0) ?? null
  return python
}

export function parseFeed(xml: string): ParsedFeed {
  const interpreter = feedparserPython()
  if (!interpreter) throw new Error('The feed tests need Python 3 with feedparser: apt-get install python3-feedparser')
  const result = spawnSync(interpreter, ['-c', SCRIPT], { input: Buffer.from(xml, 'utf8'), maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) {
    throw new Error(
      `feedparser did not run (${result.error?.message ?? result.stderr.toString().trim()}). ` +
        'The feed tests need Python 3 with feedparser: apt-get install python3-feedparser',
    )
  }
  return JSON.parse(result.stdout.toString('utf8')) as ParsedFeed
}
