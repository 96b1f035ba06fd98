// Static security headers for every response. The full Content-Security-Policy, with a per-request script nonce,
// is added by the production server (lib/cli/web-server.ts), which replaces the baseline CSP below; the baseline
// keeps framing and plugins shut wherever the app runs without that server (`next dev`).
const baselineCsp = (frameAncestors) => `frame-ancestors ${frameAncestors}; object-src 'none'; base-uri 'self'`

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Never advertise the framework, and keep the Prisma adapter's native-free pg driver out of the bundle.
  poweredByHeader: false,
  // Metadata (canonical, Open Graph, Twitter, the oEmbed link) always in <head>, for every user agent. Next streams
  // it into <body> for browsers and blocks only for the crawlers on its own list; but link previews from apps not on
  // that list read only <head>, and our shared caches (nginx, the page cache) key pages by URL and language, not by
  // user agent, so a crawler could be handed a copy rendered for a browser.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@node-rs/argon2'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
      // Everything but the embed cards refuses to be framed (clickjacking); X-Frame-Options for old browsers.
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: baselineCsp("'none'") },
        ],
      },
      {
        source: '/embed/:path*',
        headers: [{ key: 'Content-Security-Policy', value: baselineCsp('*') }],
      },
    ]
  },
}

export default nextConfig
