// nginx for the benchmark, from Debian's package, run as our own process with its own prefix: the shipped
// production configuration (lib/deploy/nginx.conf) in front of the app, and beside it a plain static server for
// the same page's saved HTML, the baseline the app's rate is compared with.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../cli/build-state'

export interface Nginx {
  stop(): void
}

/**
 * The shipped configuration with this run's ports and paths. The replacements are checked, so a change to the
 * shipped file that the benchmark would silently stop exercising fails here instead.
 */
export function productionConfig(options: { listen: number; upstreams: number[]; cacheDir: string }): string {
  const shipped = readFileSync(path.join(ROOT, 'lib/deploy/nginx.conf'), 'utf8')
  const replace = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`lib/deploy/nginx.conf no longer contains ${pattern}`)
    return text.replace(pattern, by)
  }
  let config = replace(shipped, /\/var\/cache\/nginx\/claim-tracker/, options.cacheDir)
  config = replace(config, /listen 80;/, `listen 127.0.0.1:${options.listen};`)
  config = replace(config, / {4}server 127\.0\.0\.1:3000;\n/, options.upstreams.map((port) => `    server 127.0.0.1:${port};\n`).join(''))
  return config
}

export function startNginx(options: { workDir: string; proxyPort: number; staticPort: number; upstreams: number[]; staticRoot: string }): Nginx {
  const prefix = path.join(options.workDir, 'nginx')
  for (const dir of ['logs', 'cache', 'temp']) mkdirSync(path.join(prefix, dir), { recursive: true })
  const conf = path.join(prefix, 'nginx.conf')
  writeFileSync(
    conf,
    `worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  keepalive_requests 100000;

  # The baseline: the same page's HTML as a file, precompressed like the app's gzip response.
  server {
    listen 127.0.0.1:${options.staticPort};
    root ${options.staticRoot};
    gzip_static on;
    location / { default_type text/html; try_files $uri $uri/index.html =404; }
  }

${productionConfig({ listen: options.proxyPort, upstreams: options.upstreams, cacheDir: path.join(prefix, 'cache') })}
}
`,
  )
  const started = spawnSync('nginx', ['-p', prefix, '-c', conf], { encoding: 'utf8' })
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`)
  return {
    stop() {
      spawnSync('nginx', ['-p', prefix, '-c', conf, '-s', 'quit'])
    },
  }
}
