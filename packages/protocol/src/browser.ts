// @threatscape/protocol/browser: the runtime values a browser client needs (event names,
// error codes, the join-code alphabet, the typed request helper and the snapshot store),
// without the zod schemas. The schemas are for the server, which parses every incoming
// payload; a page importing them would ship zod in its first-load JavaScript (~32 KB gzip).
// Types still come from the package root (`import type`), which costs nothing at run time.
export * from "./events.ts";
export * from "./errors.ts";
export * from "./join-code.ts";
export * from "./client.ts";
