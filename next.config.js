/** @type {import('next').NextConfig} */
const nextConfig = {
  // Never advertise the framework, and keep the Prisma adapter's native-free pg driver out of the bundle.
  poweredByHeader: false,
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@node-rs/argon2'],
}

export default nextConfig
