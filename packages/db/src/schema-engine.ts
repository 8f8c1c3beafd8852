// Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven
// through a driver adapter. The Prisma CLI would download a native schema engine for
// `migrate`, which these machines cannot fetch; this is the same engine Prisma ships, so
// migrations keep Prisma's standard folder layout and `prisma migrate deploy` still works
// unchanged on a connected machine. See ../README.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type Bindings = typeof SchemaEngineBindings;
export type SchemaEngine = Awaited<ReturnType<Bindings["SchemaEngine"]["new"]>>;

// Node's WebAssembly global, typed just as far as used (the DOM lib is not loaded here).
type WasmExports = Record<string, unknown>;
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(
        bytes: Uint8Array,
        imports: object,
      ): Promise<{ instance: { exports: WasmExports } }>;
    };
  }
).WebAssembly;

let bindingsPromise: Promise<Bindings> | undefined;

/** Node cannot `import` a .wasm file, so instantiate it by hand (once per process). */
function loadBindings(): Promise<Bindings> {
  bindingsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports only its JS entry points; the .wasm sits beside them.
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import(pathToFileURL(bindingsPath).href)) as Bindings & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const { instance } = await wasmRuntime.instantiate(bytes, {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return bindingsPromise;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (an open SQLite handle would lock the next run). */
  close(): Promise<void>;
}

/** Opens the schema engine on `adapterFactory` for the given Prisma schema. */
export async function openSchemaEngine(
  schema: SchemaFile,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<OpenSchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      // The engine disposes shadow connections itself.
      return runsWholeMigrationScripts(await adapterFactory.connectToShadowDb());
    },
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

/**
 * The published WebAssembly engine replays a migration on the shadow database with
 * `executeRaw`, which the driver adapters run as one prepared statement ("more than one
 * statement" on SQLite). A parameterless raw command on the shadow database is a migration
 * script, so run it as a script. Only the throw-away shadow connection is patched.
 */
function runsWholeMigrationScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw: SqlDriverAdapter["executeRaw"] = async (query) => {
    if (query.args.length > 0) return adapter.executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return new Proxy(adapter, {
    get: (target, property) => {
      if (property === "executeRaw") return executeRaw;
      const value: unknown = Reflect.get(target, property, target);
      // Adapters keep their connection in #private fields: call methods on the real object.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
