// Load generation with wrk (Debian's package): a fixed number of open connections for a fixed time, latency
// percentiles from wrk's own histogram, read back as one JSON line printed by a Lua done() hook.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

export interface LoadResult {
  requests: number
  rps: number
  /** Socket errors, timeouts and responses with a status of 400 or more. */
  errors: number
  p50: number
  p95: number
  p99: number
  max: number
}

export interface LoadOptions {
  /** The base URL, e.g. http://127.0.0.1:8080 */
  origin: string
  /** Paths requested in turn, one per request. */
  paths: string[]
  connections: number
  seconds: number
  /** Append a unique query parameter to every request, so that no cache can answer it. */
  uncached?: boolean
  workDir: string
}

const luaString = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`

function script(paths: string[], uncached: boolean): string {
  return `
local paths = { ${paths.map(luaString).join(', ')} }
local counter = 0
local prefix = ""
local threads = 0
wrk.headers["Accept-Encoding"] = "gzip"
request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  ${uncached ? 'path = path .. (string.find(path, "?", 1, true) and "&" or "?") .. "nocache=" .. prefix .. "-" .. counter' : ''}
  return wrk.format("GET", path)
end
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
init = function(args)
  prefix = tostring(os.time()) .. "-" .. tostring(tid)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"durationUs":%d,"errors":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
`
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const file = path.join(options.workDir, `wrk-${Date.now()}-${Math.random().toString(36).slice(2)}.lua`)
  writeFileSync(file, script(options.paths, options.uncached ?? false))
  // wrk: a thread per core (no more threads than connections) and an open file per connection. 500 connections
  // pass the default ulimit of 1024 only just, so it is raised for this process.
  const command = `ulimit -n 65536 2>/dev/null; exec wrk -t${Math.min(2, options.connections)} -c${options.connections} -d${options.seconds}s --timeout 5s -s ${file} ${options.origin}`
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] })
    let text = ''
    child.stdout.on('data', (chunk) => (text += chunk))
    child.stderr.on('data', (chunk) => (text += chunk))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk failed (${code}): ${text}`))))
  })
  const line = output.split('\n').find((entry) => entry.startsWith('WRK_JSON '))
  if (!line) throw new Error(`wrk printed no result:\n${output}`)
  const raw = JSON.parse(line.slice('WRK_JSON '.length))
  const ms = (us: number) => Math.round(us / 10) / 100
  return {
    requests: raw.requests,
    rps: Math.round(raw.requests / (raw.durationUs / 1e6)),
    errors: raw.errors,
    p50: ms(raw.p50),
    p95: ms(raw.p95),
    p99: ms(raw.p99),
    max: ms(raw.max),
  }
}
