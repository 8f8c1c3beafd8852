import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app's tsconfig keeps jsx "preserve" for Next.js; tests render with React's runtime.
  oxc: { jsx: { runtime: "automatic" } },
  esbuild: { jsx: "automatic" },
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "src") } },
  test: { include: ["src/**/*.test.{ts,tsx}"], environment: "node" },
});
