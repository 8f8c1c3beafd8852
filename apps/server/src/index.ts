// What other workspace packages may take from the server: types only (apps/web imports
// AppRouter with `import type`; lint enforces it).
export type { AppRouter } from "./trpc/router.ts";
