// The writes every live request makes (an event appended to a game's log, a chat message
// stored) go straight to the driver adapter Prisma itself runs on: the same connection or
// pool, the same locking, none of the query compiler. Measured on SQLite: 717 µs of CPU per
// `gameEvent.create`, 67 µs per insert here (issue 10). Everything else stays on Prisma.
import type {
  ArgScalarType,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { Provider } from "./schema-files.ts";

/** One column of an insert: its name in the schema and how the driver binds its value. */
export type Column = readonly [name: string, type: ArgScalarType];

export interface RawWriter {
  /**
   * Inserts one row into `table` (a Prisma model name). `values` follow `columns`; a Date is
   * stored as Prisma stores it. Errors: the adapter's DriverAdapterError (see
   * `isUniqueViolation`).
   */
  insert(table: string, columns: readonly Column[], values: readonly unknown[]): Promise<void>;
  /**
   * Inserts the row only while `guard`'s table holds a row with exactly these values, in one
   * statement (`INSERT ... SELECT ... FROM guard WHERE ...`, on PostgreSQL `FOR UPDATE`, so
   * the guard row stays locked until the insert is in). Returns the rows inserted (0 or 1).
   */
  insertGuarded(
    table: string,
    columns: readonly Column[],
    values: readonly unknown[],
    guard: { table: string; columns: readonly Column[]; values: readonly unknown[] },
  ): Promise<number>;
}

/** Wraps an adapter factory so the adapter Prisma connects through can be used directly. */
export function capturingFactory<F extends SqlDriverAdapterFactory>(factory: F) {
  let connected: SqlDriverAdapter | null = null;
  const wrapped: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => (connected = await factory.connect()),
  };
  return {
    factory: wrapped,
    /** The connected adapter (after the client's `$connect`). */
    adapter(): SqlDriverAdapter {
      if (!connected) throw new Error("the database is not connected yet");
      return connected;
    },
  };
}

const quote = (name: string) => `"${name}"`;

export function rawWriter(provider: Provider, adapter: () => SqlDriverAdapter): RawWriter {
  const statements = new Map<string, string>();
  const sqlFor = (table: string, columns: readonly Column[]) => {
    const key = `${table}(${columns.map(([name]) => name).join()})`;
    let sql = statements.get(key);
    if (!sql) {
      const marks = columns.map((_, i) => (provider === "postgresql" ? `$${i + 1}` : "?"));
      sql = `INSERT INTO ${quote(table)} (${columns.map(([name]) => quote(name)).join(", ")}) VALUES (${marks.join(", ")})`;
      statements.set(key, sql);
    }
    return sql;
  };
  const args = (values: readonly unknown[]) =>
    values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const argTypes = (columns: readonly Column[]) =>
    columns.map(([, scalarType]) => ({ scalarType, arity: "scalar" as const }));
  // In a SELECT list PostgreSQL cannot infer a parameter's type from the target column.
  const casts: Partial<Record<Column[1], string>> = {
    string: "::text",
    int: "::int4",
    datetime: "::timestamp(3)",
  };
  const mark = (i: number, type: Column[1]) =>
    provider === "postgresql" ? `$${i + 1}${casts[type] ?? ""}` : "?";
  // SQLite: the adapter prepares every statement anew (measured: a third of an insert's CPU);
  // its better-sqlite3 connection runs ours prepared once. Elsewhere, or should the adapter
  // stop exposing it, the adapter's executeRaw.
  const preparedOn = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();
  const run = async (sql: string, values: unknown[], columns: readonly Column[]) => {
    const client = (adapter() as unknown as { client?: SqliteConnection }).client;
    if (provider === "sqlite" && typeof client?.prepare === "function") {
      let prepared = preparedOn.get(client);
      if (!prepared) preparedOn.set(client, (prepared = new Map()));
      let statement = prepared.get(sql);
      if (!statement) prepared.set(sql, (statement = client.prepare(sql)));
      return statement.run(...values).changes;
    }
    return adapter().executeRaw({ sql, args: values, argTypes: argTypes(columns) });
  };
  return {
    async insert(table, columns, values) {
      await run(sqlFor(table, columns), args(values), columns);
    },
    async insertGuarded(table, columns, values, guard) {
      const select = columns.map(([, type], i) => mark(i, type)).join(", ");
      const where = guard.columns
        .map(([name, type], i) => `${quote(name)} = ${mark(columns.length + i, type)}`)
        .join(" AND ");
      const lock = provider === "postgresql" ? " FOR UPDATE" : "";
      return run(
        `INSERT INTO ${quote(table)} (${columns.map(([name]) => quote(name)).join(", ")}) SELECT ${select} FROM ${quote(guard.table)} WHERE ${where}${lock}`,
        args([...values, ...guard.values]),
        [...columns, ...guard.columns],
      );
    },
  };
}

/** The part of better-sqlite3's Database the SQLite fast path uses. */
interface SqliteStatement {
  run(...args: unknown[]): { changes: number };
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** Whether a driver error is a unique-key violation (a second writer at the same key). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { kind?: string; cause?: { kind?: string }; code?: string } | null;
  return (
    e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e?.kind === "UniqueConstraintViolation" ||
    e?.cause?.kind === "UniqueConstraintViolation" ||
    e?.code === "P2002"
  );
}
