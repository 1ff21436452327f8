// The libsql client for a database file on this machine, in place of @libsql/client's own, for two
// costs the profiles showed under load (BENCHMARKS.md):
// - an fsync per write: the writes issued in one turn of the event loop commit together, in one
//   transaction (group commit); each caller's promise settles only after that COMMIT, so
//   synchronous=FULL still holds for every answer, and each write lands or fails on its own;
// - preparing every statement anew and describing its columns twice: statements are prepared once
//   per connection and kept.
// Reads use a second connection, so they never wait for a group; so connection-bound functions
// (last_insert_rowid(), changes()) mean nothing here: each write's result carries its own. Rows,
// integers (as numbers) and errors come out as from @libsql/client. Like it, the calls are
// synchronous: a write waiting for another process's lock (the CLI) holds the event loop meanwhile.
import type {
  Client,
  InArgs,
  InStatement,
  InValue,
  ResultSet,
  Row,
  Transaction,
  TransactionMode,
} from "@libsql/client";
import { LibsqlError } from "@libsql/client";
import Database from "libsql";

/** At most this many writes share a transaction, so one commit never holds the database for long. */
export const MAX_GROUP = 64;
/** Prepared statements kept per connection; the app uses a few dozen distinct texts. */
const MAX_PREPARED = 512;

/** Statements that only read, or that configure a connection, run on the read connection. */
const READS = /^\s*(select|pragma|explain|vacuum)\b/i;
/** Transaction control would break the grouping; batches are the way to write atomically here. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i;
/** PRAGMAs that set something: a setting is per connection, so it goes to both. */
const SETTING = /^\s*pragma\s+[\w.]+\s*=/i;
/** After these, kept statements may describe columns that changed: they are prepared again. */
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

export interface FileClientOptions {
  encryptionKey?: string;
  /** Milliseconds to wait for another process's lock on the file (the command line, say). */
  busyTimeoutMs?: number;
  /** Told the size of every group written; for tests and benchmarks. */
  onGroup?: (writes: number) => void;
}

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection["prepare"]>;

interface Prepared {
  statement: Statement;
  reader: boolean;
  columns: string[];
  columnTypes: string[];
}

interface Write {
  statements: InStatement[];
  resolve(results: ResultSet[]): void;
  reject(error: unknown): void;
}

const sqlOf = (statement: InStatement) => (typeof statement === "string" ? statement : statement.sql);

/** libsql's own error as @libsql/client reports it: base code, extended code, the original as cause. */
function libsqlError(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const extended = error.code;
  const base = extended.split("_").slice(0, 2).join("_");
  return new LibsqlError(error.message, base, extended, error.rawCode, error);
}

function wrapped<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw libsqlError(error);
  }
}

function statementOf(statement: InStatement | [string, InArgs?]): InStatement {
  if (!Array.isArray(statement)) return statement;
  const [sql, args] = statement;
  return args === undefined ? sql : { sql, args };
}

// As @libsql/client converts arguments (intMode "number").
function toSql(value: InValue): unknown {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

function argsOf(statement: InStatement): unknown[] | Record<string, unknown> {
  if (typeof statement === "string") return [];
  const { args } = statement;
  if (args === undefined) return [];
  if (Array.isArray(args)) return args.map(toSql);
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name.replace(/^[@$:]/, ""), toSql(value)]),
  );
}

// As @libsql/client returns values (intMode "number"): exact integers as numbers, blobs as ArrayBuffer.
function fromSql(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
      throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Buffer)
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  return value;
}

/** A row as @libsql/client builds it: values by index and by column name, `length` not enumerable. */
function rowOf(values: unknown[], columns: string[]): Row {
  const row: Record<string | number, unknown> = {};
  Object.defineProperty(row, "length", { value: values.length });
  values.forEach((raw, i) => {
    const value = fromSql(raw);
    Object.defineProperty(row, i, { value });
    const column = columns[i];
    if (column !== undefined && !Object.hasOwn(row, column))
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true });
  });
  return row as Row;
}

function resultSet(
  columns: string[],
  columnTypes: string[],
  rows: Row[],
  rowsAffected: number,
  lastInsertRowid?: bigint,
): ResultSet {
  return {
    columns,
    columnTypes,
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({
      columns,
      columnTypes,
      rows: rows.map((row) => Array.from(row)),
      rowsAffected,
      lastInsertRowid: lastInsertRowid?.toString() ?? null,
    }),
  };
}

function open(path: string, options: FileClientOptions): Connection & { prepared: Map<string, Prepared> } {
  const connection = new Database(path, {
    timeout: options.busyTimeoutMs ?? 5000,
    ...(options.encryptionKey ? { encryptionKey: options.encryptionKey } : {}),
  });
  // WAL lets reads run beside the writer; FULL keeps every committed answer through a power cut.
  connection.exec("PRAGMA journal_mode = WAL");
  connection.exec("PRAGMA synchronous = FULL");
  // Deleted rows are overwritten with zeros, not just unlinked: erased answers leave no bytes behind.
  connection.exec("PRAGMA secure_delete = ON");
  return Object.assign(connection, { prepared: new Map<string, Prepared>() });
}

function describe(prepared: Prepared): void {
  const columns = prepared.statement.columns();
  prepared.columns = columns.map((c) => c.name);
  prepared.columnTypes = columns.map((c) => c.type ?? "");
}

function execute(connection: ReturnType<typeof open>, statement: InStatement): ResultSet {
  const sql = sqlOf(statement);
  let prepared = connection.prepared.get(sql);
  if (!prepared) {
    const compiled = connection.prepare(sql);
    compiled.safeIntegers(true);
    const reader = compiled.reader;
    if (reader) compiled.raw(true);
    prepared = { statement: compiled, reader, columns: [], columnTypes: [] };
    if (reader) describe(prepared);
    if (connection.prepared.size >= MAX_PREPARED) connection.prepared.clear();
    connection.prepared.set(sql, prepared);
  }
  const args = argsOf(statement);
  if (prepared.reader) {
    const all = prepared.statement.all(args) as unknown[][];
    // A connection learns of another's schema change only when the statement runs (SQLite then
    // prepares it again): describe it anew when its rows no longer match what it described.
    if (all[0] !== undefined && all[0].length !== prepared.columns.length) describe(prepared);
    const { columns, columnTypes } = prepared;
    return resultSet(
      columns,
      columnTypes,
      all.map((values) => rowOf(values, columns)),
      0,
    );
  }
  const info = prepared.statement.run(args);
  return resultSet([], [], [], info.changes, BigInt(info.lastInsertRowid));
}

export function createFileClient(path: string, options: FileClientOptions = {}): Client {
  let writer = open(path, options);
  let reader = open(path, options);
  let closed = false;
  let queue: Write[] = [];

  const forgetPrepared = () => {
    writer.prepared.clear();
    reader.prepared.clear();
  };

  const checkOpen = () => {
    if (closed) throw new Error("the database client is closed");
  };

  /** Runs one group in one transaction; a write that fails is undone alone (see below). */
  function writeGroup(group: Write[]): void {
    const outcomes: (ResultSet[] | { error: unknown })[] = [];
    try {
      writer.exec("BEGIN IMMEDIATE");
      for (const write of group) {
        // Each write in its own savepoint: undone whole when one of its statements fails (even
        // under OR FAIL, which keeps the rows a failing statement wrote before it failed).
        writer.exec("SAVEPOINT grouped_write");
        try {
          outcomes.push(write.statements.map((statement) => execute(writer, statement)));
          writer.exec("RELEASE grouped_write");
        } catch (error) {
          // Some failures (a full disk, an I/O error) end the whole transaction: then nothing of
          // the group stands, and nothing more may run outside it.
          if (!writer.inTransaction) throw error;
          writer.exec("ROLLBACK TO grouped_write; RELEASE grouped_write");
          outcomes.push({ error: libsqlError(error) });
        }
      }
      writer.exec("COMMIT");
      if (group.some((write) => write.statements.some((statement) => SCHEMA_CHANGE.test(sqlOf(statement)))))
        forgetPrepared();
    } catch (error) {
      // The transaction itself failed (its begin, a savepoint or the commit): nothing of it is stored.
      try {
        if (writer.inTransaction) writer.exec("ROLLBACK");
      } catch {
        // Nothing more to undo on a connection that cannot even roll back; the group fails below.
      }
      for (const write of group) write.reject(libsqlError(error));
      return;
    }
    group.forEach((write, i) => {
      const outcome = outcomes[i];
      if (outcome === undefined || "error" in outcome) write.reject(outcome?.error);
      else write.resolve(outcome);
    });
    options.onGroup?.(group.length);
  }

  function flush(): void {
    while (queue.length > 0 && !closed) {
      const group = queue.slice(0, MAX_GROUP);
      queue = queue.slice(MAX_GROUP);
      try {
        writeGroup(group);
      } catch (error) {
        // Only a throwing onGroup gets here, after every write was settled (rejecting a settled
        // promise does nothing); the writes still queued are written all the same.
        for (const write of group) write.reject(error);
      }
    }
    for (const write of queue) write.reject(new Error("the database client is closed"));
    queue = [];
  }

  function write(statements: InStatement[]): Promise<ResultSet[]> {
    checkOpen();
    return new Promise((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ statements, resolve, reject });
    });
  }

  function refuseTransactionControl(statements: InStatement[]): void {
    for (const statement of statements)
      if (TRANSACTION_CONTROL.test(sqlOf(statement)))
        throw new Error("transaction statements are not taken here; a batch is written atomically");
  }

  function executeOne(stmt: InStatement): Promise<ResultSet>;
  function executeOne(sql: string, args?: InArgs): Promise<ResultSet>;
  async function executeOne(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    checkOpen();
    const statement = typeof stmtOrSql === "string" ? statementOf([stmtOrSql, args]) : stmtOrSql;
    refuseTransactionControl([statement]);
    const sql = sqlOf(statement);
    // A setting belongs to a connection: it goes to both, so reads and writes run alike.
    if (SETTING.test(sql))
      return wrapped(() => {
        execute(writer, statement);
        return execute(reader, statement);
      });
    if (READS.test(sql)) return wrapped(() => execute(reader, statement));
    const [result] = await write([statement]);
    if (!result) throw new Error("a grouped write returned no result");
    return result;
  }

  return {
    execute: executeOne,
    async batch(statements, mode?: TransactionMode) {
      checkOpen();
      const all = statements.map(statementOf);
      refuseTransactionControl(all);
      const reads = all.every((s) => READS.test(sqlOf(s)) && !SETTING.test(sqlOf(s)));
      if (!reads) {
        if (mode === "read") throw new Error("a read batch takes only statements that read");
        return write(all);
      }
      // Reads only: one read transaction, so they see one state of the database.
      reader.exec("BEGIN DEFERRED");
      try {
        return all.map((statement) => wrapped(() => execute(reader, statement)));
      } finally {
        reader.exec("COMMIT");
      }
    },
    async migrate(statements) {
      checkOpen();
      // Synchronous from start to end, so no group interleaves with it.
      writer.exec("PRAGMA foreign_keys = OFF");
      writer.exec("BEGIN");
      try {
        const results = statements.map((statement) => execute(writer, statement));
        writer.exec("COMMIT");
        forgetPrepared();
        return results;
      } catch (error) {
        if (writer.inTransaction) writer.exec("ROLLBACK");
        throw libsqlError(error);
      } finally {
        writer.exec("PRAGMA foreign_keys = ON");
      }
    },
    transaction(): Promise<Transaction> {
      return Promise.reject(
        new Error("interactive transactions are not supported on this client; use batch"),
      );
    },
    executeMultiple(): Promise<void> {
      return Promise.reject(new Error("scripts are not taken here; send their statements as a batch"));
    },
    sync() {
      return Promise.reject(new Error("a local database file has nothing to sync"));
    },
    close() {
      if (closed) return;
      // Writes already queued are written, not dropped.
      flush();
      // Everything into the main file, the WAL cut to nothing: the file alone is then the whole
      // database (copied as the README names it, it is complete). Closing alone does not do it while
      // kept statements hold the connections open. Busy (a backup reading) leaves it to the next start.
      try {
        writer.exec("PRAGMA wal_checkpoint(TRUNCATE)");
      } catch {
        // The WAL stays valid and is replayed at the next open; nothing is lost.
      }
      closed = true;
      writer.close();
      reader.close();
    },
    reconnect() {
      if (!closed) {
        writer.close();
        reader.close();
      }
      writer = open(path, options);
      reader = open(path, options);
      closed = false;
    },
    get closed() {
      return closed;
    },
    protocol: "file",
  };
}
