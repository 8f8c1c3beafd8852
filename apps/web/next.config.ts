import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages export TypeScript source (no build step between packages).
  transpilePackages: ["@threatscape/protocol", "@threatscape/engine"],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default config;
