// Group commit for an embedded database file: the writes issued in one turn of the event loop commit
// together, in one transaction with one fsync, instead of one fsync each. Under load the per-commit
// fsync was the largest single cost of a turn and of a Slack event (BENCHMARKS.md). Each write runs
// in its own savepoint, so it lands or fails on its own, exactly as in a transaction of its own; its
// promise settles only once the shared COMMIT is on disk.
import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";

/** At most this many writes share a transaction, so one commit never holds the database for long. */
export const MAX_GROUP = 64;

/**
 * Statements that only read go straight to the client, beside any group being written; so do those
 * that cannot run inside a transaction (VACUUM, transaction control) or that configure a connection.
 */
const DIRECT =
  /^\s*(select|pragma|explain|vacuum|analyze|attach|detach|begin|commit|end|rollback|savepoint|release)\b/i;

interface Write {
  statements: InStatement[];
  resolve(results: ResultSet[]): void;
  reject(error: unknown): void;
}

function statementOf(statement: InStatement | [string, InArgs?]): InStatement {
  if (!Array.isArray(statement)) return statement;
  const [sql, args] = statement;
  return args === undefined ? sql : { sql, args };
}

const sqlOf = (statement: InStatement) => (typeof statement === "string" ? statement : statement.sql);

type Outcome = ResultSet[] | { error: unknown };

async function runStatements(tx: Transaction, write: Write): Promise<ResultSet[]> {
  const results: ResultSet[] = [];
  for (const statement of write.statements) results.push(await tx.execute(statement));
  return results;
}

/** Runs one write inside a savepoint of the open transaction; undoes only that write if it fails. */
async function runInSavepoint(tx: Transaction, write: Write): Promise<Outcome> {
  await tx.execute("SAVEPOINT grouped_write");
  try {
    const results = await runStatements(tx, write);
    await tx.execute("RELEASE grouped_write");
    return results;
  } catch (error) {
    await tx.execute("ROLLBACK TO grouped_write");
    await tx.execute("RELEASE grouped_write");
    return { error };
  }
}

/**
 * Wraps a libsql client for a database file. The client needs at least two connections: the group
 * holds one for its transaction while reads use another. Only one group is written at a time, since
 * SQLite has one writer; writes that arrive meanwhile form the next group.
 */
export function withGroupCommit(
  client: Client,
  schedule: (flush: () => void) => void = setImmediate,
): Client {
  let queue: Write[] = [];
  let writing = false;

  /**
   * Writes a group in one transaction. Savepoints cost statements, and most groups have no failing
   * write, so a group first runs without them; if a write fails, that transaction is undone and the
   * group runs again with a savepoint around each write, so only the failing one is refused.
   */
  async function writeGroup(group: Write[], isolated: boolean): Promise<"done" | "again"> {
    const outcomes: Outcome[] = [];
    let tx: Transaction | undefined;
    try {
      tx = await client.transaction("write");
      for (const write of group) {
        if (isolated) outcomes.push(await runInSavepoint(tx, write));
        else
          try {
            outcomes.push(await runStatements(tx, write));
          } catch (error) {
            if (group.length > 1) {
              tx.close();
              return "again";
            }
            outcomes.push({ error });
          }
      }
      await tx.commit();
    } catch (error) {
      // The transaction itself failed (begin, a savepoint, or the commit): nothing of it is stored.
      tx?.close();
      for (const write of group) write.reject(error);
      return "done";
    }
    group.forEach((write, i) => {
      const outcome = outcomes[i];
      if (outcome === undefined) write.reject(new Error("a grouped write was not run"));
      else if ("error" in outcome) write.reject(outcome.error);
      else write.resolve(outcome);
    });
    return "done";
  }

  async function flush(): Promise<void> {
    writing = true;
    try {
      while (queue.length > 0) {
        const group = queue.slice(0, MAX_GROUP);
        queue = queue.slice(MAX_GROUP);
        if ((await writeGroup(group, false)) === "again") await writeGroup(group, true);
      }
    } finally {
      writing = false;
    }
  }

  function write(statements: InStatement[]): Promise<ResultSet[]> {
    return new Promise((resolve, reject) => {
      if (queue.length === 0 && !writing) schedule(() => void flush());
      queue.push({ statements, resolve, reject });
    });
  }

  function execute(stmt: InStatement): Promise<ResultSet>;
  function execute(sql: string, args?: InArgs): Promise<ResultSet>;
  async function execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const statement = typeof stmtOrSql === "string" ? statementOf([stmtOrSql, args]) : stmtOrSql;
    if (DIRECT.test(sqlOf(statement))) return client.execute(statement);
    const [result] = await write([statement]);
    if (!result) throw new Error("a grouped write returned no result");
    return result;
  }

  return {
    execute,
    async batch(statements, mode?: TransactionMode) {
      const all = statements.map(statementOf);
      if (mode === "read" || all.every((s) => DIRECT.test(sqlOf(s)))) return client.batch(all, mode);
      return write(all);
    },
    migrate: (statements) => client.migrate(statements),
    transaction: (mode?: TransactionMode) => client.transaction(mode),
    executeMultiple: (sql) => client.executeMultiple(sql),
    sync: () => client.sync(),
    close: () => client.close(),
    reconnect: () => client.reconnect(),
    get closed() {
      return client.closed;
    },
    get protocol() {
      return client.protocol;
    },
  };
}
