// @threatscape/protocol: the wire contract between the server and every client.
// Event names and error codes are `as const` objects with a same-named union type; every
// message has one zod schema whose value and type share a name. The server parses every
// incoming payload with these schemas; types alone are not validation. README.md is the
// reference for writing a client.
export * from "./events.ts";
export * from "./errors.ts";
export * from "./messages.ts";
export * from "./socket-types.ts";
export * from "./client.ts";
export * from "./seat-desk.ts";
